using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Cor.Packer.Xml;

namespace Cor.Packer.Packing;

/// <summary>
/// Renders the environment variable definitions of a solution source folder as a Markdown table (schema name, display
/// name, type, default, description), the table that docs/admin-guide.md shows.
/// </summary>
public static class EnvironmentVariableTable
{
    private static readonly Dictionary<string, string> TypeNames = new(StringComparer.Ordinal)
    {
        ["100000000"] = "String",
        ["100000001"] = "Number",
        ["100000002"] = "Boolean",
        ["100000003"] = "JSON",
        ["100000004"] = "Data source",
        ["100000005"] = "Secret",
    };

    public static string Render(string solutionDirectory)
    {
        var builder = new StringBuilder();
        builder.Append("| schema name | display name | type | default | description |\n");
        builder.Append("|---|---|---|---|---|\n");
        var folder = Path.Combine(solutionDirectory, "environmentvariabledefinitions");
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "environmentvariabledefinition.xml", SearchOption.AllDirectories)
            : [];
        var rows = files
            .Select(file => XmlFiles.Load(file).Root!)
            .OrderBy(root => root.AttributeValue("schemaname"), StringComparer.Ordinal);
        foreach (var root in rows)
        {
            var type = root.ChildValue("type");
            var defaultValue = root.Element("defaultvalue")?.Value;
            var displayName = Cell(root.Element("displayname")?.AttributeValue("default"));
            var typeName = TypeNames.GetValueOrDefault(type, type);
            var defaultCell = defaultValue is null ? "(none)" : $"`{Cell(defaultValue)}`";
            var description = Cell(root.Element("description")?.AttributeValue("default"));
            var schemaName = root.AttributeValue("schemaname");
            builder.Append($"| `{schemaName}` | {displayName} | {typeName} | {defaultCell} | {description} |\n");
        }

        return builder.ToString();
    }

    private static string Cell(string? text) =>
        (text ?? string.Empty)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
}
