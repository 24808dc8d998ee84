using System;

namespace Cor.Rules.FollowUp;

/// <summary>
/// Next step of a meeting (cor_nextstep) as the follow-up tasks use it: what, who owns it and when it is due.
/// </summary>
public sealed class FollowUpNextStep
{
    public FollowUpNextStep(
        Guid id, string? name, string? description, DateTime? dueDate, OwnerReference owner, string? ownerName)
    {
        Id = id;
        Name = name;
        Description = description;
        DueDate = dueDate;
        Owner = owner ?? throw new ArgumentNullException(nameof(owner));
        OwnerName = ownerName;
    }

    public Guid Id { get; }

    /// <summary>Primary name (cor_name), or null when empty.</summary>
    public string? Name { get; }

    /// <summary>Longer text (cor_description), or null when empty.</summary>
    public string? Description { get; }

    /// <summary>Due date (cor_duedate) in UTC, or null when empty.</summary>
    public DateTime? DueDate { get; }

    /// <summary>Owner of the next step (ownerid), who also owns its task.</summary>
    public OwnerReference Owner { get; }

    /// <summary>Full name of the user or name of the team that owns the step, or null when unknown.</summary>
    public string? OwnerName { get; }

    /// <summary>Returns the step's title: its name, else the first line of its description, else null.</summary>
    public string? Title
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Name))
            {
                return Name!.Trim();
            }

            if (string.IsNullOrWhiteSpace(Description))
            {
                return null;
            }

            var firstLine = Description!.Trim().Split('\n')[0].Trim();
            return firstLine.Length == 0 ? null : firstLine;
        }
    }

    /// <summary>Returns how messages name the step: its title in quotes, or its id.</summary>
    public override string ToString() => Title == null ? $"the next step {Id}" : $"'{Title}' ({Id})";
}
