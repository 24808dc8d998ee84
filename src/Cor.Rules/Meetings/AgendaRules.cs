namespace Cor.Rules.Meetings;

/// <summary>
/// Checks that the agenda and the objectives are written, all under <see cref="RuleId.Agenda"/>.
/// </summary>
public static class AgendaRules
{
    /// <summary>Returns a violation when the agenda is missing or only white space. Applies on every save.</summary>
    public static RuleViolation? CheckAgenda(string? agenda)
    {
        if (!string.IsNullOrWhiteSpace(agenda))
        {
            return null;
        }

        return new RuleViolation(
            RuleId.Agenda,
            "The meeting has no agenda, but every COR meeting needs one. Write the agenda before saving.");
    }

    /// <summary>Returns a violation when the objectives are missing or white space. Applies when planning.</summary>
    public static RuleViolation? CheckObjectives(string? objectives)
    {
        if (!string.IsNullOrWhiteSpace(objectives))
        {
            return null;
        }

        return new RuleViolation(
            RuleId.Agenda,
            "The meeting has no objectives, but a COR meeting is planned only with clear objectives. "
            + "Write the objectives before setting the status to Planned.");
    }

    /// <summary>
    /// Returns a violation when a meeting that is Planned, Confirmed or Completed after the save has no objectives, so
    /// objectives checked at planning cannot be cleared later.
    /// </summary>
    public static RuleViolation? CheckObjectivesKept(string? objectives, MeetingStatus status)
    {
        if (!string.IsNullOrWhiteSpace(objectives))
        {
            return null;
        }

        return new RuleViolation(
            RuleId.Agenda,
            $"The meeting is {status} but has no objectives, and a COR meeting keeps its objectives once it is "
            + "planned. Write the objectives before saving.");
    }
}
