using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of a Delete request, which has no values.</summary>
[DataContract(Name = "DeleteResponse", Namespace = ContractNamespace.V2011)]
public sealed class DeleteResponse : OrganizationResponse
{
}
