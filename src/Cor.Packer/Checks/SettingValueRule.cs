using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cor.Rules.FollowUp;
using Cor.Rules.Settings;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks the default value and the current value of each environment variable that configures the COR rules with
/// the parsers the plugins run (<see cref="SettingsParser"/> and <see cref="FollowUpSettings"/>), because a value
/// they reject makes every save fail.
/// </summary>
internal sealed class SettingValueRule : ISolutionRule
{
    public const string RuleId = "cor-setting-value";
    private const string Folder = "environmentvariabledefinitions";
    private const string ValueFileName = "environmentvariablevalues.json";

    /// <summary>
    /// Validator per schema name, which returns the parser's problem for a value, or null when the plugins accept it.
    /// </summary>
    private static readonly Dictionary<string, Func<string, string?>> Validators = CreateValidators();

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        foreach (var (path, root) in context.LoadAll(Folder, "environmentvariabledefinition.xml"))
        {
            var schemaName = root.Attribute("schemaname")?.Value;
            if (schemaName is null || !Validators.TryGetValue(schemaName, out var reject))
            {
                continue;
            }

            var defaultValue = root.Element("defaultvalue")?.Value;
            if (defaultValue is not null && reject(defaultValue) is { } problem)
            {
                yield return context.Error(RuleId, path, "environmentvariabledefinition/defaultvalue", problem,
                    "Change <defaultvalue> to one of the allowed values.");
            }

            var valuePath = Path.GetDirectoryName(path)!.Replace('\\', '/') + "/" + ValueFileName;
            foreach (var diagnostic in CheckValueFile(context, reject, valuePath))
            {
                yield return diagnostic;
            }
        }
    }

    private static Dictionary<string, Func<string, string?>> CreateValidators()
    {
        var validators = SettingDefinitions.All.ToDictionary(
            definition => definition.SchemaName,
            definition => (Func<string, string?>)(value => RejectRuleSetting(definition, value)),
            StringComparer.Ordinal);
        validators[FollowUpSettings.DueHours.SchemaName] = RejectDueHours;
        return validators;
    }

    /// <summary>
    /// Parses the value together with the shipped defaults of the other settings, so that the only problem the
    /// parser can report is the one of this value. Returns the parser's message, or null when it accepts the value.
    /// </summary>
    private static string? RejectRuleSetting(SettingDefinition definition, string value)
    {
        var values = SettingDefinitions.All.ToDictionary(
            setting => setting.SchemaName, setting => (string?)setting.DefaultValue);
        values[definition.SchemaName] = value;
        try
        {
            SettingsParser.Parse(values);
            return null;
        }
        catch (InvalidSettingException exception)
        {
            return string.Join(" ", exception.Problems) + " The plugins reject every save while it is in effect.";
        }
    }

    private static string? RejectDueHours(string value)
    {
        try
        {
            FollowUpSettings.ParseDueHours(value);
            return null;
        }
        catch (InvalidSettingException exception)
        {
            return string.Join(" ", exception.Problems)
                + " The follow-up plugins reject their operations while it is in effect.";
        }
    }

    /// <summary>
    /// Checks the current values in environmentvariablevalues.json, the file beside the definition that contains the
    /// variable's current value when the solution carries one.
    /// NOTE: the JSON shape is assumed from SolutionPackager's unpacked layout and was not compared with a real
    /// export, which cannot be made on this machine.
    /// </summary>
    private static IEnumerable<SolutionDiagnostic> CheckValueFile(
        CheckContext context, Func<string, string?> reject, string valuePath)
    {
        if (!context.Exists(valuePath))
        {
            yield break;
        }

        var values = ReadValues(Path.Combine(context.SourceDirectory, valuePath), out var readError);
        if (readError is not null)
        {
            yield return context.Error(RuleId, valuePath, "environmentvariablevalues", readError,
                "Write {\"environmentvariablevalues\": {\"environmentvariablevalue\": {\"value\": \"...\"}}}.");
            yield break;
        }

        foreach (var value in values)
        {
            if (reject(value) is { } problem)
            {
                yield return context.Error(RuleId, valuePath, "environmentvariablevalue/value", problem,
                    "Change \"value\" to one of the allowed values, or delete the file.");
            }
        }
    }

    private static List<string> ReadValues(string fullPath, out string? readError)
    {
        readError = null;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(fullPath));
            if (!document.RootElement.TryGetProperty("environmentvariablevalues", out var container)
                || !container.TryGetProperty("environmentvariablevalue", out var entries))
            {
                readError = "The file has no environmentvariablevalues.environmentvariablevalue object.";
                return [];
            }

            var items = entries.ValueKind == JsonValueKind.Array ? entries.EnumerateArray().ToList() : [entries];
            return items
                .Where(item => item.ValueKind == JsonValueKind.Object && item.TryGetProperty("value", out _))
                .Select(item => item.GetProperty("value").ToString())
                .ToList();
        }
        catch (JsonException exception)
        {
            readError = $"The file is not valid JSON ({exception.Message.TrimEnd('.')}).";
            return [];
        }
    }
}
