namespace Cor.Plugins.FollowUp;

/// <summary>
/// Logical names of the cor_meeting columns that the follow-up plugins read or write and that the meeting rules do not.
/// </summary>
public static class FollowUpColumns
{
    public const string OrganizerId = "cor_organizerid";
    public const string NextMeetingId = "cor_nextmeetingid";
    public const string FollowUpSentOn = "cor_followupsenton";
    public const string FollowUpOnTime = "cor_followupontime";
}
