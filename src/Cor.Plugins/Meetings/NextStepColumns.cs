namespace Cor.Plugins.Meetings;

/// <summary>
/// Logical names of the cor_nextstep table and the columns the follow-up rule reads.
/// </summary>
public static class NextStepColumns
{
    public const string Table = "cor_nextstep";
    public const string MeetingId = "cor_meetingid";
    public const string Name = "cor_name";
    public const string Description = "cor_description";
    public const string DueDate = "cor_duedate";
    public const string OwnerId = "ownerid";
}
