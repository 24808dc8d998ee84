using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Extra error data of a service fault, such as OperationStatus and SubErrorCode.</summary>
[CollectionDataContract(Name = "ErrorDetailCollection", Namespace = ContractNamespace.V2011)]
public sealed class ErrorDetailCollection : DataCollection<string, object>
{
}
