using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cor.Packer.Packing;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks that every root component of Solution.xml resolves to a source file and that every component file is
/// listed as a root component. Types this tool does not read (for example 300, canvas apps) are not resolved.
/// </summary>
internal sealed class RootComponentRule : ISolutionRule
{
    public const string RuleId = "cor-root-component";
    private const string File = SolutionManifestPart.SourcePath;
    private static readonly HashSet<int> ResolvedTypes = [1, 9, 20, 61, 62, 66, 80, 91, 92, 380];

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        var roots = context.SolutionManifest?.Element("RootComponents")?.Elements("RootComponent").ToList();
        if (roots is null)
        {
            yield break;
        }

        var components = SolutionComponentIndex.Build(context);
        var found = components.Select(component => (component.Type, component.Key)).ToHashSet();
        var listed = new HashSet<(int, string)>();
        foreach (var root in roots)
        {
            var parsed = int.TryParse(root.AttributeValue("type"), CultureInfo.InvariantCulture, out var value);
            var type = parsed ? value : -1;
            var key = SolutionComponentIndex.KeyOf(type, root.AttributeValue("id"), root.AttributeValue("schemaName"));
            listed.Add((type, key));
            if (ResolvedTypes.Contains(type) && !found.Contains((type, key)))
            {
                yield return context.Error(
                    RuleId, File, "RootComponents/RootComponent",
                    $"The root component {root} resolves to no source file.",
                    $"Add the component's file (type {type}, '{key}') or remove this root component.");
            }
        }

        foreach (var component in components.Where(component => !listed.Contains((component.Type, component.Key))))
        {
            yield return context.Error(
                RuleId, component.File, "RootComponent",
                $"The component (type {component.Type}, '{component.Key}') is not a root component of the solution.",
                $"Add {component.RootComponentText} to <RootComponents> in {File}.");
        }

        foreach (var diagnostic in CheckAssemblyNames(context, roots))
        {
            yield return diagnostic;
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckAssemblyNames(
        CheckContext context, IEnumerable<System.Xml.Linq.XElement> roots)
    {
        foreach (var root in roots.Where(root => root.AttributeValue("type") == "91"))
        {
            var id = XmlValues.NormalizeGuid(root.AttributeValue("id"));
            var assembly = context.Assemblies.FirstOrDefault(
                model => XmlValues.NormalizeGuid(model.Root.AttributeValue("PluginAssemblyId")) == id);
            if (assembly is not null && assembly.FullName != root.AttributeValue("schemaName"))
            {
                yield return context.Error(
                    RuleId, File, "RootComponents/RootComponent[@type='91']",
                    $"The schemaName '{root.AttributeValue("schemaName")}' differs from the assembly FullName " +
                    $"'{assembly.FullName}' in {assembly.RelativePath}.",
                    "Write the same FullName in both places.");
            }
        }
    }
}
