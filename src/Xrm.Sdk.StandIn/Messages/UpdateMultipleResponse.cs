using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of an UpdateMultiple request, which has no values.</summary>
[DataContract(Name = "UpdateMultipleResponse", Namespace = ContractNamespace.V2011)]
public sealed class UpdateMultipleResponse : OrganizationResponse
{
}
