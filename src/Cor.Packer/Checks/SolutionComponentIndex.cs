using System.Collections.Generic;
using System.Linq;
using Cor.Packer.Components;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>A component found in the source files, with the root component that must list it.</summary>
internal sealed record SolutionComponent(int Type, string Key, string File, string RootComponentText);

/// <summary>
/// Lists the components in the source files by solution component type: 1 table, 9 choice, 20 role, 61 web resource,
/// 62 site map, 66 PCF control, 80 app, 91 plugin assembly, 92 step, 380 environment variable definition.
/// </summary>
internal static class SolutionComponentIndex
{
    /// <summary>Component types whose root component is matched by id. The others are matched by schema name.</summary>
    public static readonly IReadOnlySet<int> IdTypes = new HashSet<int> { 20, 91, 92, 95 };

    public static IReadOnlyList<SolutionComponent> Build(CheckContext context)
    {
        var components = new List<SolutionComponent>();
        components.AddRange(context.Tables.Values.Select(table => ByName(1, table.LogicalName, table.RelativePath)));
        components.AddRange(context.LoadAll("OptionSets", "*.xml")
            .Select(file => ByName(9, file.Root.AttributeValue("Name"), file.Path)));
        components.AddRange(context.LoadAll("Roles", "*.xml")
            .Select(file => ById(20, file.Root.AttributeValue("id"), file.Path, string.Empty)));
        components.AddRange(context.LoadAll(WebResourceFormat.Folder, "*.data.xml")
            .Select(file => ByName(61, file.Root.ChildValue("Name"), file.Path)));
        components.AddRange(context.LoadAll("AppModuleSiteMaps", "AppModuleSiteMap.xml")
            .Select(file => ByName(62, file.Root.ChildValue("SiteMapUniqueName"), file.Path)));
        components.AddRange(context.LoadAll(CustomControlFormat.Folder, CustomControlFormat.DataFile)
            .Select(file => ByName(66, file.Root.ChildValue("Name"), file.Path)));
        components.AddRange(context.LoadAll("AppModules", "AppModule.xml")
            .Select(file => ByName(80, file.Root.ChildValue("UniqueName"), file.Path)));
        components.AddRange(context.Assemblies.Select(assembly => ById(
            91, assembly.Root.AttributeValue("PluginAssemblyId"), assembly.RelativePath, assembly.FullName)));
        components.AddRange(context.LoadAll("SdkMessageProcessingSteps", "*.xml")
            .Select(file => ById(92, file.Root.AttributeValue("SdkMessageProcessingStepId"), file.Path, string.Empty)));
        components.AddRange(context.LoadAll("environmentvariabledefinitions", "environmentvariabledefinition.xml")
            .Select(file => ByName(380, file.Root.AttributeValue("schemaname"), file.Path)));
        return components;
    }

    private static SolutionComponent ByName(int type, string schemaName, string file) =>
        new(type, schemaName.ToLowerInvariant(), file,
            $"<RootComponent type=\"{type}\" schemaName=\"{schemaName}\" behavior=\"0\" />");

    private static SolutionComponent ById(int type, string id, string file, string schemaName)
    {
        var guid = XmlValues.NormalizeGuid(id);
        var nameAttribute = schemaName.Length == 0 ? string.Empty : $" schemaName=\"{schemaName}\"";
        return new(type, guid, file,
            $"<RootComponent type=\"{type}\" id=\"{{{guid}}}\"{nameAttribute} behavior=\"0\" />");
    }

    public static string KeyOf(int type, string id, string schemaName) =>
        IdTypes.Contains(type) ? XmlValues.NormalizeGuid(id) : schemaName.Trim().ToLowerInvariant();
}
