using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// An environment variable definition from environmentvariabledefinitions/&lt;schemaname&gt;/environmentvariabledefinition.xml.
/// </summary>
internal sealed record EnvironmentVariableDefinition(string SchemaName, string DisplayName, string? DefaultValue, int Type);

/// <summary>
/// Reads the environment variable definitions of an unpacked solution.
/// </summary>
internal static class EnvironmentVariableReader
{
    /// <summary>Type value of a String environment variable, used when a definition has none.</summary>
    private const int StringType = 100000000;

    public static IReadOnlyList<EnvironmentVariableDefinition> ReadAll(string solutionDirectory) =>
        XmlFiles.Find(Path.Combine(solutionDirectory, "environmentvariabledefinitions"),
                "environmentvariabledefinition.xml", SearchOption.AllDirectories)
            .Select(Read)
            .ToList();

    private static EnvironmentVariableDefinition Read(string path)
    {
        var root = XmlFiles.Load(path).Root!;
        var schemaName = root.Attribute("schemaname")?.Value
            ?? throw new EmulatorConfigurationException(
                $"Environment variable definition '{path}' has no schemaname attribute. Add it to the root element.");
        var displayName = root.Elements().FirstOrDefault(e => e.Name.LocalName == "displayname")?.Attribute("default")?.Value
            ?? schemaName;
        var type = int.TryParse(XmlFiles.ChildText(root, "type"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : StringType;
        var defaultElement = root.Elements().FirstOrDefault(e => e.Name.LocalName == "defaultvalue");
        return new EnvironmentVariableDefinition(schemaName, displayName, defaultElement?.Value, type);
    }
}
