using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Items of an ExecuteMultiple response, one per returned response or fault.</summary>
[CollectionDataContract(Name = "ExecuteMultipleResponseItemCollection", Namespace = ContractNamespace.V2012)]
public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
{
}
