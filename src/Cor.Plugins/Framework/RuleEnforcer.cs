using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Rules;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Framework;

/// <summary>
/// Applies an <see cref="Enforcement"/> to a save: rejects it, stamps breach columns, or traces ignored violations.
/// </summary>
public static class RuleEnforcer
{
    /// <summary>
    /// Throws <see cref="InvalidPluginExecutionException"/> with the rule messages when a rule at Enforce is broken.
    /// Otherwise stamps the breach column of each rule at Record with <paramref name="breachTime"/>: in the Target
    /// for a column on the Target, with an Update of the record for a column on another record.
    /// </summary>
    /// <remarks>
    /// A column keeps the first breach time, so a later breach of the same rule leaves it as it is. A later save that
    /// passes the rule does not clear it either, so reports still find a record that broke the rule once. Only a user
    /// or an admin who writes the column can clear it.
    /// </remarks>
    public static void Apply(
        LocalPluginContext context,
        Entity target,
        Enforcement enforcement,
        DateTime breachTime,
        IReadOnlyCollection<BreachColumn> breachColumns)
    {
        if (enforcement.IsRejected)
        {
            throw new InvalidPluginExecutionException(enforcement.RejectionMessage);
        }

        foreach (var rule in enforcement.Recorded.GroupBy(v => v.Rule))
        {
            var messages = string.Join(" ", rule.Select(v => v.Message));
            var column = breachColumns.FirstOrDefault(c => c.Rule == rule.Key);
            RecordBreach(context, target, rule.Key, column, messages, breachTime);
        }

        foreach (var violation in enforcement.Ignored)
        {
            context.Trace("Ignored because the rule {0} is Off: {1}", violation.Rule, violation.Message);
        }
    }

    private static void RecordBreach(
        LocalPluginContext context, Entity target, RuleId rule, BreachColumn? column, string messages, DateTime time)
    {
        if (column == null)
        {
            context.Trace(
                "Recorded a breach of {0} in the trace log only, because the save has no record with its breach "
                + "column: {1}",
                rule,
                messages);
            return;
        }

        if (column.RecordedOn is DateTime firstBreach)
        {
            context.Trace(
                "Kept the first breach time {0:o} of {1} in {2}: {3}", firstBreach, rule, column.Column, messages);
            return;
        }

        if (column.Record == null)
        {
            target[column.Column] = time;
        }
        else
        {
            var update = new Entity(column.Record.LogicalName, column.Record.Id) { [column.Column] = time };
            context.OrganizationService.Update(update);
        }

        context.Trace("Recorded a breach of {0} in {1}: {2}", rule, column.Column, messages);
    }
}
