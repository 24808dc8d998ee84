using System.Collections.Generic;
using System.Linq;

namespace Cor.Rules.Meetings;

/// <summary>
/// Checks made when a meeting moves to Completed, under <see cref="RuleId.FollowUp"/>: the follow-up that goes to
/// the customer needs a summary and next steps, each with an owner and a due date.
/// </summary>
public static class FollowUpRules
{
    public static RuleViolation? CheckSummary(string? summary)
    {
        if (!string.IsNullOrWhiteSpace(summary))
        {
            return null;
        }

        return new RuleViolation(
            RuleId.FollowUp,
            "The meeting has no summary, but the follow-up of a completed COR meeting summarises the discussion. "
            + "Write the summary before setting the status to Completed.");
    }

    /// <summary>Returns a violation when there is no next step, or when a step has no owner or no due date.</summary>
    public static RuleViolation? CheckNextSteps(IReadOnlyCollection<NextStep> steps)
    {
        if (steps.Count == 0)
        {
            return new RuleViolation(
                RuleId.FollowUp,
                "The meeting has no next step, but a completed COR meeting leads to next steps. "
                + "Add at least one next step with an owner and a due date.");
        }

        var incomplete = steps.Where(s => !s.HasOwner || s.DueDate == null).Select(Describe).ToList();
        if (incomplete.Count == 0)
        {
            return null;
        }

        return new RuleViolation(
            RuleId.FollowUp,
            $"{TextFormat.Count(incomplete.Count, "next step is", "next steps are")} incomplete: "
            + $"{string.Join(", ", incomplete)}. Give every next step an owner and a due date.");
    }

    private static string Describe(NextStep step)
    {
        var missing = !step.HasOwner && step.DueDate == null ? "owner and due date"
            : !step.HasOwner ? "owner" : "due date";
        return $"{step} (no {missing})";
    }
}
