using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Requests of an ExecuteMultiple or ExecuteTransaction request, in execution order.</summary>
[CollectionDataContract(Name = "OrganizationRequestCollection", Namespace = ContractNamespace.V2012)]
public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
{
}
