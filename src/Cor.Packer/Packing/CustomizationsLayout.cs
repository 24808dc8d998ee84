using System.Collections.Generic;

namespace Cor.Packer.Packing;

/// <summary>
/// Order of the top-level elements of customizations.xml. It follows the <c>ImportExportXml</c> sequence of
/// Microsoft's customization schema 9.0.0.2090 (CustomizationsSolution.xsd), with <c>CanvasApps</c>, which is newer
/// than that schema, placed where current exports put it.
/// </summary>
public static class CustomizationsLayout
{
    public static IReadOnlyList<string> TopLevelOrder { get; } =
    [
        "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "RibbonDiffXml", "IsvConfig",
        "RelationshipRoles", "ConnectionRoles", "SiteMap", "EntityMaps", "EntityRelationships",
        "OrganizationSettings", "optionsets", "Reports", "Dashboards", "WebResources", "CustomControls",
        "SolutionPluginAssemblies", "SdkMessageProcessingSteps", "ServiceEndpoints", "AppModuleSiteMaps",
        "AppModules", "EntityDataProviders", "EntityDataSources", "CanvasApps", "Languages",
    ];
}
