using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Result of a CreateMultiple request. Each property reads Results under its own name.</summary>
[DataContract(Name = "CreateMultipleResponse", Namespace = ContractNamespace.V2011)]
public sealed class CreateMultipleResponse : OrganizationResponse
{
    /// <summary>Ids of the created records, in the order of Targets.</summary>
    public Guid[] Ids => ParameterView.Get<Guid[]>(Results, "Ids");
}
