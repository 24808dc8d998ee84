using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of an Update request, which has no values.</summary>
[DataContract(Name = "UpdateResponse", Namespace = ContractNamespace.V2011)]
public sealed class UpdateResponse : OrganizationResponse
{
}
