namespace Cor.Rules.Meetings;

/// <summary>
/// Status reason (statuscode) of a COR meeting, with the option values of cor_meeting.statuscode.
/// </summary>
public enum MeetingStatus
{
    Draft = 1,
    Planned = 107350001,
    Confirmed = 107350002,
    Completed = 2,
    Cancelled = 107350003,
}
