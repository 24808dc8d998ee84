using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of an ExecuteMultiple request. Each property reads Results under its own name.</summary>
[DataContract(Name = "ExecuteMultipleResponse", Namespace = ContractNamespace.V2011)]
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    /// <summary>Whether at least one request failed.</summary>
    public bool IsFaulted => ParameterView.Get<bool>(Results, "IsFaulted");

    public ExecuteMultipleResponseItemCollection Responses =>
        ParameterView.Get<ExecuteMultipleResponseItemCollection>(Results, "Responses");
}
