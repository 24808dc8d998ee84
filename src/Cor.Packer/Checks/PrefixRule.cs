using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Packer.Components;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks that every name this solution creates carries the publisher prefix and an underscore: custom tables,
/// custom columns, global choices, environment variables, custom APIs, PCF controls, web resources and apps.
/// </summary>
internal sealed class PrefixRule : ISolutionRule
{
    public const string RuleId = "cor-prefix";

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        if (context.Prefix.Length == 0)
        {
            return [];
        }

        return Names(context)
            .Where(name => !name.Value.StartsWith(context.Prefix + "_", StringComparison.OrdinalIgnoreCase))
            .Select(name => context.Error(
                RuleId, name.File, name.Element,
                $"The name '{name.Value}' does not start with the publisher prefix '{context.Prefix}_'.",
                $"Rename it to '{context.Prefix}_{name.Value}'. Names are fixed after the first import."));
    }

    private static IEnumerable<(string File, string Element, string Value)> Names(CheckContext context)
    {
        foreach (var table in context.Tables.Values)
        {
            if (table.IsCustom)
            {
                yield return (table.RelativePath, "Entity/Name", table.SchemaName);
            }

            var customColumns = table.Attributes.Where(attribute => attribute.ChildValue("IsCustomField") == "1");
            foreach (var column in customColumns)
            {
                yield return (table.RelativePath, $"attribute[@PhysicalName='{column.AttributeValue("PhysicalName")}']",
                    column.ChildValue("LogicalName"));
            }
        }

        foreach (var (path, root) in context.LoadAll("OptionSets", "*.xml"))
        {
            yield return (path, "optionset/@Name", root.AttributeValue("Name"));
        }

        foreach (var (path, root) in context.LoadAll(
            "environmentvariabledefinitions", "environmentvariabledefinition.xml"))
        {
            yield return (path, "environmentvariabledefinition/@schemaname", root.AttributeValue("schemaname"));
        }

        foreach (var (path, root) in context.LoadAll("customapis", "customapi.xml"))
        {
            yield return (path, "customapi/@uniquename", root.AttributeValue("uniquename"));
        }

        foreach (var (path, root) in context.LoadAll(CustomControlFormat.Folder, CustomControlFormat.DataFile))
        {
            yield return (path, "CustomControl/Name", root.ChildValue("Name"));
        }

        foreach (var (path, root) in context.LoadAll(WebResourceFormat.Folder, "*.data.xml"))
        {
            yield return (path, "WebResource/Name", root.ChildValue("Name"));
        }

        foreach (var (path, root) in context.LoadAll("AppModules", "AppModule.xml"))
        {
            yield return (path, "AppModule/UniqueName", root.ChildValue("UniqueName"));
        }
    }
}
