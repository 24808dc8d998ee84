using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Responses of an ExecuteTransaction request, in request order.</summary>
[CollectionDataContract(Name = "OrganizationResponseCollection", Namespace = ContractNamespace.V2012)]
public sealed class OrganizationResponseCollection : DataCollection<OrganizationResponse>
{
}
