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
        var values = EnvironmentVariableReader.ReadEffectiveValues(context.OrganizationService, names);
        var problems = new List<string>();
        var rules = Collect(problems, () => SettingsParser.Parse(values));
        values.TryGetValue(FollowUpSettings.DueHours.SchemaName, out var hoursText);
        var hours = Collect(problems, () => FollowUpSettings.ParseDueHours(hoursText));
        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(
                "The COR follow-up cannot run because its configuration is invalid. " + string.Join(" ", problems));
        }

        return new FollowUpConfiguration(rules!, hours);
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
