using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Plugins.Framework;
using Cor.Rules.FollowUp;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.FollowUp;

/// <summary>
/// Settings of the follow-up plugins: the rule levels and thresholds of every COR rule, and the follow-up due hours.
/// </summary>
public sealed class FollowUpConfiguration
{
    private FollowUpConfiguration(CorSettings rules, int dueHours)
    {
        Rules = rules;
        DueHours = dueHours;
    }

    public CorSettings Rules { get; }

    /// <summary>Hours from the meeting's scheduled end to the follow-up's due time.</summary>
    public int DueHours { get; }

    /// <summary>
    /// Reads every COR environment variable and cor_FollowUpDueHours with one query. Throws
    /// <see cref="InvalidPluginExecutionException"/> listing each missing or invalid variable.
    /// </summary>
    public static FollowUpConfiguration Load(LocalPluginContext context)
    {
        var names = SettingDefinitions.All.Concat(new[] { FollowUpSettings.DueHours }).Select(d => d.SchemaName);
        var values = EnvironmentVariableReader.ReadValues(context.OrganizationService, names);
        var problems = new List<string>();
        var rules = Collect(problems, () => SettingsParser.Parse(values.Effective, values.EmptyCurrentValues));
        var hours = ParseDueHours(problems, values);
        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(
                "The COR follow-up cannot run because its configuration is invalid. " + string.Join(" ", problems));
        }

        return new FollowUpConfiguration(rules!, hours);
    }

    private static int ParseDueHours(List<string> problems, EnvironmentVariableValues values)
    {
        var schemaName = FollowUpSettings.DueHours.SchemaName;
        if (values.EmptyCurrentValues.Contains(schemaName, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(SettingsParser.EmptyCurrentValueMessage(FollowUpSettings.DueHours));
            return 0;
        }

        values.Effective.TryGetValue(schemaName, out var hoursText);
        return Collect(problems, () => FollowUpSettings.ParseDueHours(hoursText));
    }

    private static T? Collect<T>(List<string> problems, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (InvalidSettingException exception)
        {
            problems.AddRange(exception.Problems);
            return default;
        }
    }
}
