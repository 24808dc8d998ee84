using System;
using System.Collections.Generic;
using System.Linq;

namespace Cor.Rules.Meetings;

/// <summary>
/// Lifecycle of a COR meeting: Draft, Planned, Confirmed, Completed in that order, and Cancelled from any active
/// status. Completed and Cancelled are final.
/// </summary>
public static class MeetingStatusModel
{
    private static readonly IReadOnlyDictionary<MeetingStatus, MeetingStatus[]> NextStatuses =
        new Dictionary<MeetingStatus, MeetingStatus[]>
        {
            [MeetingStatus.Draft] = new[] { MeetingStatus.Planned, MeetingStatus.Cancelled },
            [MeetingStatus.Planned] = new[] { MeetingStatus.Confirmed, MeetingStatus.Cancelled },
            [MeetingStatus.Confirmed] = new[] { MeetingStatus.Completed, MeetingStatus.Cancelled },
            [MeetingStatus.Completed] = new MeetingStatus[0],
            [MeetingStatus.Cancelled] = new MeetingStatus[0],
        };

    /// <summary>Returns the state that the status belongs to.</summary>
    public static MeetingState StateOf(MeetingStatus status) =>
        status is MeetingStatus.Completed or MeetingStatus.Cancelled ? MeetingState.Inactive : MeetingState.Active;

    /// <summary>Returns the status Dataverse sets when a request sets only the state: Draft or Completed.</summary>
    public static MeetingStatus DefaultStatusOf(MeetingState state) =>
        state == MeetingState.Active ? MeetingStatus.Draft : MeetingStatus.Completed;

    /// <summary>Returns the statuses that a meeting in the given status may move to, in lifecycle order.</summary>
    public static IReadOnlyList<MeetingStatus> AllowedNext(MeetingStatus status) => NextStatuses[status];

    public static bool IsAllowed(MeetingStatus from, MeetingStatus to) => NextStatuses[from].Contains(to);

    /// <summary>Returns whether the number is one of the option values of <see cref="MeetingStatus"/>.</summary>
    public static bool IsKnown(int statusCode) => Enum.IsDefined(typeof(MeetingStatus), statusCode);
}
