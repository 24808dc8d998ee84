namespace Cor.Plugins.FollowUp;

/// <summary>
/// Logical names of the cor_feedback table and the columns its plugin checks.
/// </summary>
public static class FeedbackColumns
{
    public const string Table = "cor_feedback";
    public const string MeetingId = "cor_meetingid";
    public const string Score = "cor_score";
}
