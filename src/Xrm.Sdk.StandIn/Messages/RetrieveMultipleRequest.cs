using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>
/// Retrieves the records that a query matches. Each property reads and writes Parameters under its own name.
/// </summary>
[DataContract(Name = "RetrieveMultipleRequest", Namespace = ContractNamespace.V2011)]
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    /// <summary>Creates the request with RequestName "RetrieveMultiple".</summary>
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
    }

    /// <summary>QueryExpression, QueryByAttribute or FetchExpression.</summary>
    public QueryBase Query
    {
        get => ParameterView.Get<QueryBase>(Parameters, "Query");
        set => Parameters["Query"] = value;
    }
}
