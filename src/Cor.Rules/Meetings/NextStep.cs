using System;

namespace Cor.Rules.Meetings;

/// <summary>
/// Next step agreed in a meeting: what, who owns it and when it is due.
/// </summary>
public sealed class NextStep
{
    public NextStep(string? description, bool hasOwner, DateTime? dueDate)
    {
        Description = description;
        HasOwner = hasOwner;
        DueDate = dueDate;
    }

    public string? Description { get; }

    public bool HasOwner { get; }

    public DateTime? DueDate { get; }

    /// <summary>Returns how a message names the step: its description, or "a next step without description".</summary>
    public override string ToString() =>
        string.IsNullOrWhiteSpace(Description) ? "a next step without description" : $"'{Description}'";
}
