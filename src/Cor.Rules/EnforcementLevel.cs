namespace Cor.Rules;

/// <summary>
/// How a rule violation is handled when a record is saved.
/// </summary>
public enum EnforcementLevel
{
    /// <summary>Reject the save with the rule's message.</summary>
    Enforce,

    /// <summary>
    /// Save, and stamp the rule's breach time on the record it is about (the meeting, or the deck for the goal
    /// rules) for reporting.
    /// </summary>
    Record,

    /// <summary>Do not check the rule.</summary>
    Off,
}
