using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of an ExecuteTransaction request. Each property reads Results under its own name.</summary>
[DataContract(Name = "ExecuteTransactionResponse", Namespace = ContractNamespace.V2011)]
public sealed class ExecuteTransactionResponse : OrganizationResponse
{
    public OrganizationResponseCollection Responses =>
        ParameterView.Get<OrganizationResponseCollection>(Results, "Responses");
}
