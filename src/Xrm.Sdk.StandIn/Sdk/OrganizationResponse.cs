using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Result of IOrganizationService.Execute: the message name and its named results.</summary>
[DataContract(Name = "OrganizationResponse", Namespace = ContractNamespace.V2011)]
public class OrganizationResponse : IExtensibleDataObject
{
    [DataMember]
    public string ResponseName { get; set; } = null!;

    [DataMember]
    public ParameterCollection Results { get; set; } = new();

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Result value under the name, as stored in Results.</summary>
    /// <exception cref="KeyNotFoundException">The getter finds no such result.</exception>
    public object this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }
}
