using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Base of the query types that RetrieveMultiple accepts.</summary>
[DataContract(Name = "QueryBase", Namespace = ContractNamespace.V2011)]
[KnownType(typeof(QueryExpression))]
[KnownType(typeof(QueryByAttribute))]
[KnownType(typeof(FetchExpression))]
public abstract class QueryBase : IExtensibleDataObject
{
    protected QueryBase()
    {
    }

    public ExtensionDataObject? ExtensionData { get; set; }
}
