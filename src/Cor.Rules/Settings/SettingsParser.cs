using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Cor.Rules.Settings;

/// <summary>
/// Parses the environment variable values that configure the rules into <see cref="CorSettings"/>.
/// </summary>
public static class SettingsParser
{
    private static readonly string[] LevelNames = Enum.GetNames(typeof(EnforcementLevel));

    /// <summary>
    /// Parses the effective value of every variable in <see cref="SettingDefinitions.All"/>, keyed by schema name.
    /// Throws <see cref="InvalidSettingException"/> listing every missing or invalid value, never a silent default.
    /// </summary>
    public static CorSettings Parse(IReadOnlyDictionary<string, string?> valuesBySchemaName) =>
        Parse(valuesBySchemaName, Array.Empty<string>());

    /// <summary>
    /// Parses the effective values like <see cref="Parse(IReadOnlyDictionary{string, string})"/>, and also rejects
    /// each variable named in <paramref name="emptyCurrentValues"/>, whose current value exists but is empty.
    /// </summary>
    public static CorSettings Parse(
        IReadOnlyDictionary<string, string?> valuesBySchemaName, IReadOnlyCollection<string> emptyCurrentValues)
    {
        var problems = new List<string>();
        var levels = new Dictionary<RuleId, EnforcementLevel>();
        var thresholds = new Dictionary<SettingDefinition, int>();
        var emptyNames = new HashSet<string>(emptyCurrentValues, StringComparer.OrdinalIgnoreCase);

        foreach (var definition in SettingDefinitions.All)
        {
            string? problem;
            if (!valuesBySchemaName.TryGetValue(definition.SchemaName, out var value))
            {
                problem = MissingMessage(definition);
            }
            else if (emptyNames.Contains(definition.SchemaName))
            {
                problem = EmptyCurrentValueMessage(definition);
            }
            else
            {
                problem = ParseOne(definition, value, levels, thresholds);
            }

            if (problem != null)
            {
                problems.Add(problem);
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidSettingException(problems);
        }

        return new CorSettings(
            levels,
            thresholds[SettingDefinitions.MaxMeetingMinutes],
            thresholds[SettingDefinitions.PlanningLeadDays],
            thresholds[SettingDefinitions.ConfirmationLeadHours],
            thresholds[SettingDefinitions.MaxPartnershipGoals]);
    }

    /// <summary>Returns the settings made of the defaults that the solution ships.</summary>
    public static CorSettings Defaults()
    {
        var values = SettingDefinitions.All.ToDictionary(d => d.SchemaName, d => (string?)d.DefaultValue);
        return Parse(values);
    }

    private static string? ParseOne(
        SettingDefinition definition,
        string? value,
        Dictionary<RuleId, EnforcementLevel> levels,
        Dictionary<SettingDefinition, int> thresholds)
    {
        if (definition.Rule is RuleId rule)
        {
            var level = ParseLevel(value);
            if (level == null)
            {
                return InvalidLevelMessage(definition, value);
            }

            levels[rule] = level.Value;
            return null;
        }

        var threshold = ParseThreshold(value);
        if (threshold == null)
        {
            return InvalidThresholdMessage(definition, value);
        }

        thresholds[definition] = threshold.Value;
        return null;
    }

    /// <summary>Parses "Enforce", "Record" or "Off", ignoring case and surrounding white space.</summary>
    private static EnforcementLevel? ParseLevel(string? value)
    {
        var text = value?.Trim();
        var name = LevelNames.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return name == null ? null : (EnforcementLevel)Enum.Parse(typeof(EnforcementLevel), name);
    }

    /// <summary>Parses a positive whole number written in digits only, such as "60".</summary>
    private static int? ParseThreshold(string? value)
    {
        var text = value?.Trim();
        var parsed = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number);
        return parsed && number > 0 ? number : null;
    }

    /// <summary>
    /// Returns the problem of a variable whose current value exists but is empty or white space. The default applies
    /// only when no current value exists, so the message asks the admin to delete the value.
    /// </summary>
    public static string EmptyCurrentValueMessage(SettingDefinition definition)
    {
        var allowed = definition.IsLevel ? TextFormat.Alternatives(LevelNames) : "a positive whole number";
        return $"The environment variable {definition.SchemaName} has an empty current value. Delete the current "
            + $"value to use the default {definition.DefaultValue}, or set it to {allowed}.";
    }

    private static string MissingMessage(SettingDefinition definition)
    {
        var allowed = definition.IsLevel ? TextFormat.Alternatives(LevelNames) : "a positive whole number";
        return $"The environment variable {definition.SchemaName} is missing. "
            + $"Import the CorDataverse solution, or create the variable with the value {allowed}.";
    }

    private static string InvalidLevelMessage(SettingDefinition definition, string? value) =>
        $"The environment variable {definition.SchemaName} has the value '{value}', which is not an enforcement level. "
        + $"Set it to {TextFormat.Alternatives(LevelNames)}.";

    private static string InvalidThresholdMessage(SettingDefinition definition, string? value) =>
        $"The environment variable {definition.SchemaName} has the value '{value}', which is not a positive whole "
        + $"number. Set it to a whole number from 1 to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}, "
        + $"for example {definition.DefaultValue}.";
}
