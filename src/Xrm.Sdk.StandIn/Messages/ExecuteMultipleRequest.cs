using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>
/// Runs several requests, each in its own transaction. Each property reads and writes Parameters under its own name.
/// </summary>
[DataContract(Name = "ExecuteMultipleRequest", Namespace = ContractNamespace.V2011)]
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    /// <summary>Creates the request with RequestName "ExecuteMultiple".</summary>
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
    }

    public OrganizationRequestCollection Requests
    {
        get => ParameterView.Get<OrganizationRequestCollection>(Parameters, "Requests");
        set => Parameters["Requests"] = value;
    }

    public ExecuteMultipleSettings Settings
    {
        get => ParameterView.Get<ExecuteMultipleSettings>(Parameters, "Settings");
        set => Parameters["Settings"] = value;
    }
}
