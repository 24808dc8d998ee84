using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Message sent through IOrganizationService.Execute: a name and its named parameters.</summary>
[DataContract(Name = "OrganizationRequest", Namespace = ContractNamespace.V2011)]
public class OrganizationRequest : IExtensibleDataObject
{
    public OrganizationRequest()
    {
    }

    public OrganizationRequest(string requestName)
    {
        RequestName = requestName;
    }

    [DataMember]
    public string RequestName { get; set; } = null!;

    [DataMember]
    public ParameterCollection Parameters { get; set; } = new();

    [DataMember]
    public Guid? RequestId { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Parameter value under the name, as stored in Parameters.</summary>
    /// <exception cref="KeyNotFoundException">The getter finds no such parameter.</exception>
    public object this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }
}
