using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Query written in FetchXML.</summary>
[DataContract(Name = "FetchExpression", Namespace = ContractNamespace.V2011)]
public sealed class FetchExpression : QueryBase
{
    public FetchExpression()
    {
    }

    public FetchExpression(string query)
    {
        Query = query;
    }

    /// <summary>FetchXML text.</summary>
    [DataMember]
    public string Query { get; set; } = null!;
}
