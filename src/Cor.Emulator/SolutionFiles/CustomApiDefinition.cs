using System;
using System.Collections.Generic;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// A Custom API from customapis/&lt;uniquename&gt;/customapi.xml with its request parameters and response properties.
/// </summary>
internal sealed record CustomApiDefinition(
    string UniqueName,
    int BindingType,
    string? BoundEntityName,
    Guid? PluginTypeId,
    IReadOnlyList<CustomApiField> RequestParameters,
    IReadOnlyList<CustomApiField> ResponseProperties)
{
    /// <summary>True when the API is bound to one record of a table (bindingtype 1) and takes Target.</summary>
    public bool IsBoundToRecord => BindingType == 1;
}

/// <summary>
/// A request parameter or response property; Type uses the customapirequestparameter.type values (0 Boolean to 12 Guid).
/// </summary>
internal sealed record CustomApiField(string UniqueName, int Type, bool IsOptional, string? EntityName);
