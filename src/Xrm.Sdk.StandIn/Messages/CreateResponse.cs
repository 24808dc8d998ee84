using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of a Create request. Each property reads Results under its own name.</summary>
[DataContract(Name = "CreateResponse", Namespace = ContractNamespace.V2011)]
public sealed class CreateResponse : OrganizationResponse
{
    /// <summary>Id of the created record, stored under the lower-case result key "id".</summary>
    public Guid id => ParameterView.Get<Guid>(Results, "id");
}
