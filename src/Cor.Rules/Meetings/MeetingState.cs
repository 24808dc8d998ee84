namespace Cor.Rules.Meetings;

/// <summary>
/// State (statecode) of a COR meeting. Completed and Cancelled meetings are inactive.
/// </summary>
public enum MeetingState
{
    Active = 0,
    Inactive = 1,
}
