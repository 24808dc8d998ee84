using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of an Associate request, which has no values.</summary>
[DataContract(Name = "AssociateResponse", Namespace = ContractNamespace.V2011)]
public sealed class AssociateResponse : OrganizationResponse
{
}
