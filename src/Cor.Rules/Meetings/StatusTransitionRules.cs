using System.Linq;

namespace Cor.Rules.Meetings;

/// <summary>
/// Checks of a status change, under <see cref="RuleId.StatusTransition"/>. The state check applies at every level.
/// </summary>
public static class StatusTransitionRules
{
    /// <summary>Returns a violation when the meeting may not move from one status to the other.</summary>
    public static RuleViolation? CheckTransition(MeetingStatus from, MeetingStatus to)
    {
        if (from == to || MeetingStatusModel.IsAllowed(from, to))
        {
            return null;
        }

        return new RuleViolation(RuleId.StatusTransition, TransitionMessage(from, to));
    }

    /// <summary>
    /// Returns a violation when the state (statecode) does not belong to the status (statuscode). Dataverse stores
    /// no such pair, so the plugin rejects it at every enforcement level.
    /// </summary>
    public static RuleViolation? CheckStateMatches(MeetingStatus status, int stateCode)
    {
        var expected = MeetingStatusModel.StateOf(status);
        if ((int)expected == stateCode)
        {
            return null;
        }

        return new RuleViolation(
            RuleId.StatusTransition,
            $"The status {status} belongs to the state {expected} ({(int)expected}), but the request sets the state "
            + $"{stateCode}. Set statecode to {(int)expected} with statuscode {(int)status}.");
    }

    /// <summary>Returns a violation when the number is not a status of a COR meeting.</summary>
    public static RuleViolation? CheckKnownStatus(int statusCode)
    {
        if (MeetingStatusModel.IsKnown(statusCode))
        {
            return null;
        }

        return new RuleViolation(
            RuleId.StatusTransition,
            $"The status {statusCode} is not a status of a COR meeting. Use one of "
            + "Draft (1), Planned (107350001), Confirmed (107350002), Completed (2) or Cancelled (107350003).");
    }

    private static string TransitionMessage(MeetingStatus from, MeetingStatus to)
    {
        var allowed = MeetingStatusModel.AllowedNext(from);
        var next = allowed.Count == 0
            ? $"A {from} meeting is final and changes status no more."
            : $"From {from} it can move to {TextFormat.Alternatives(allowed.Select(s => s.ToString()).ToArray())}.";
        return $"A COR meeting cannot move from {from} to {to}. {next}";
    }
}
