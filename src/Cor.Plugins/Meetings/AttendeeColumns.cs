namespace Cor.Plugins.Meetings;

/// <summary>
/// Logical names of the cor_attendee table and the columns the meeting rules read.
/// </summary>
public static class AttendeeColumns
{
    public const string Table = "cor_attendee";
    public const string MeetingId = "cor_meetingid";
    public const string Name = "cor_name";
    public const string Side = "cor_side";
    public const string IsRequired = "cor_isrequired";
    public const string ConfirmedOn = "cor_confirmedon";
}
