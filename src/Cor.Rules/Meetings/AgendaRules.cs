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
}
