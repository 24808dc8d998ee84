using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>
/// Runs several requests in one transaction, which rolls back when one fails.
/// Each property reads and writes Parameters under its own name.
/// </summary>
[DataContract(Name = "ExecuteTransactionRequest", Namespace = ContractNamespace.V2011)]
public sealed class ExecuteTransactionRequest : OrganizationRequest
{
    /// <summary>Creates the request with RequestName "ExecuteTransaction".</summary>
    public ExecuteTransactionRequest()
    {
        RequestName = "ExecuteTransaction";
    }

    public OrganizationRequestCollection Requests
    {
        get => ParameterView.Get<OrganizationRequestCollection>(Parameters, "Requests");
        set => Parameters["Requests"] = value;
    }

    public bool? ReturnResponses
    {
        get => ParameterView.Get<bool?>(Parameters, "ReturnResponses");
        set => Parameters["ReturnResponses"] = value!;
    }
}
