using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks environment variable definitions: the folder equals the schema name, the type is one Dataverse defines,
/// the default value parses for Number, Boolean and JSON, and a Secret has no default value.
/// </summary>
internal sealed class EnvironmentVariableRule : ISolutionRule
{
    public const string RuleId = "cor-environment-variable";
    private const string Secret = "100000005";
    private static readonly HashSet<string> Types =
        ["100000000", "100000001", "100000002", "100000003", "100000004", Secret];

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        foreach (var (path, root) in context.LoadAll(
            "environmentvariabledefinitions", "environmentvariabledefinition.xml"))
        {
            var schemaName = root.AttributeValue("schemaname");
            var folder = Path.GetFileName(Path.GetDirectoryName(path));
            if (folder != schemaName)
            {
                yield return context.Error(RuleId, path, "environmentvariabledefinition/@schemaname",
                    $"The schema name '{schemaName}' differs from its folder '{folder}'.",
                    $"Rename the folder to environmentvariabledefinitions/{schemaName}/.");
            }

            var type = root.ChildValue("type");
            if (!Types.Contains(type))
            {
                yield return context.Error(RuleId, path, "environmentvariabledefinition/type",
                    $"The type '{type}' is not a known type.",
                    "Write 100000000 (String), 100000001 (Number), 100000002 (Boolean), 100000003 (JSON), " +
                    "100000004 (Data source) or 100000005 (Secret).");
                continue;
            }

            var defaultValue = root.Element("defaultvalue")?.Value;
            if (defaultValue is not null && !DefaultParses(type, defaultValue))
            {
                yield return context.Error(RuleId, path, "environmentvariabledefinition/defaultvalue",
                    type == Secret
                        ? "A Secret variable has a default value. Secrets live in Azure Key Vault."
                        : $"The default value '{defaultValue}' does not parse as the variable's type {type}.",
                    type == Secret ? "Remove <defaultvalue>." : "Write a value of the declared type.");
            }
        }
    }

    private static bool DefaultParses(string type, string value) => type switch
    {
        "100000001" => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
        "100000002" => value is "true" or "false" or "yes" or "no",
        "100000003" => IsJson(value),
        Secret => false,
        _ => true,
    };

    private static bool IsJson(string value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
