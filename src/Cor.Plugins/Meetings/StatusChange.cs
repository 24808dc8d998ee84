using Cor.Rules;
using Cor.Rules.Meetings;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Meetings;

/// <summary>
/// Status of a meeting before and after the save, read from the pre-image and the Target.
/// </summary>
public sealed class StatusChange
{
    private StatusChange(MeetingStatus from, MeetingStatus to)
    {
        From = from;
        To = to;
    }

    public MeetingStatus From { get; }

    public MeetingStatus To { get; }

    public bool IsTransition => From != To;

    /// <summary>
    /// Resolves the statuses. A new meeting starts as Draft. A Target that sets only statecode gets the state's
    /// default status, as Dataverse does. Throws <see cref="InvalidPluginExecutionException"/> for an unknown status
    /// or a state that does not match the status, whatever the enforcement level, because Dataverse stores no such
    /// record.
    /// </summary>
    public static StatusChange Resolve(Entity target, Entity? preImage)
    {
        var from = preImage == null ? MeetingStatus.Draft : ReadStatus(preImage) ?? MeetingStatus.Draft;
        var storedState = preImage?.GetAttributeValue<OptionSetValue>(MeetingColumns.StateCode)?.Value ?? 0;
        var requestedState = target.GetAttributeValue<OptionSetValue>(MeetingColumns.StateCode)?.Value;

        var to = ReadStatus(target);
        if (to == null)
        {
            to = requestedState.HasValue
                ? MeetingStatusModel.DefaultStatusOf((MeetingState)requestedState.Value)
                : from;
        }

        ThrowIfBroken(StatusTransitionRules.CheckStateMatches(to.Value, requestedState ?? storedState));
        return new StatusChange(from, to.Value);
    }

    private static MeetingStatus? ReadStatus(Entity entity)
    {
        var value = entity.GetAttributeValue<OptionSetValue>(MeetingColumns.StatusCode)?.Value;
        if (value == null)
        {
            return null;
        }

        ThrowIfBroken(StatusTransitionRules.CheckKnownStatus(value.Value));
        return (MeetingStatus)value.Value;
    }

    private static void ThrowIfBroken(RuleViolation? violation)
    {
        if (violation != null)
        {
            throw new InvalidPluginExecutionException(violation.Message);
        }
    }
}
