using System;
using Cor.Rules;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Framework;

/// <summary>
/// Date and time column that records the first breach of one rule at the level Record, on the Target of the save
/// or on a related record.
/// </summary>
public sealed class BreachColumn
{
    private BreachColumn(RuleId rule, string column, EntityReference? record, DateTime? recordedOn)
    {
        Rule = rule;
        Column = column;
        Record = record;
        RecordedOn = recordedOn;
    }

    public RuleId Rule { get; }

    /// <summary>Logical name of the column.</summary>
    public string Column { get; }

    /// <summary>Record that contains the column, or null when the column is on the Target of the save.</summary>
    public EntityReference? Record { get; }

    /// <summary>Breach time already stored in the column, or null when none is stored.</summary>
    public DateTime? RecordedOn { get; }

    /// <summary>Creates a column on the Target, whose stored value comes from the pre-image or the Target.</summary>
    public static BreachColumn OnTarget(RuleId rule, string column, DateTime? recordedOn) =>
        new(rule, column, null, recordedOn);

    /// <summary>Creates a column on another record, which the enforcer stamps with an Update.</summary>
    public static BreachColumn OnRecord(RuleId rule, EntityReference record, string column, DateTime? recordedOn) =>
        new(rule, column, record, recordedOn);
}
