using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of a Disassociate request, which has no values.</summary>
[DataContract(Name = "DisassociateResponse", Namespace = ContractNamespace.V2011)]
public sealed class DisassociateResponse : OrganizationResponse
{
}
