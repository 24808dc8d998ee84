namespace Cor.Plugins.Meetings;

/// <summary>
/// Logical names of the cor_meeting table and the columns the meeting rules read or write.
/// </summary>
public static class MeetingColumns
{
    public const string Table = "cor_meeting";
    public const string Id = "cor_meetingid";
    public const string Name = "cor_name";
    public const string Agenda = "cor_agenda";
    public const string Objectives = "cor_objectives";
    public const string ScheduledStart = "cor_scheduledstart";
    public const string ScheduledEnd = "cor_scheduledend";
    public const string DurationMinutes = "cor_durationminutes";
    public const string PlannedOn = "cor_plannedon";
    public const string Summary = "cor_summary";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string LeadTimeBreachedOn = "cor_leadtimebreachedon";
    public const string ConfirmationBreachedOn = "cor_confirmationbreachedon";
    public const string DeckReviewBreachedOn = "cor_deckreviewbreachedon";
    public const string FollowUpBreachedOn = "cor_followupbreachedon";
    public const string AgendaBreachedOn = "cor_agendabreachedon";
    public const string DurationBreachedOn = "cor_durationbreachedon";
    public const string AttendeeBreachedOn = "cor_attendeebreachedon";
    public const string TransitionBreachedOn = "cor_transitionbreachedon";

    /// <summary>
    /// Columns whose change makes the plugin check the rules again or compute cor_durationminutes again. They are the
    /// Update step's filtering attributes.
    /// </summary>
    public static readonly string[] RuleColumns =
    {
        Agenda, Objectives, ScheduledStart, ScheduledEnd, DurationMinutes, StateCode, StatusCode,
    };

    /// <summary>
    /// Columns of the Update step's pre-image, which the rules read unless the Target sets them. The breach columns
    /// are in it so that a later breach keeps the first breach time.
    /// </summary>
    public static readonly string[] PreImageColumns =
    {
        Agenda, Objectives, ScheduledStart, ScheduledEnd, PlannedOn, Summary, StateCode, StatusCode,
        AgendaBreachedOn, DurationBreachedOn, AttendeeBreachedOn, TransitionBreachedOn, LeadTimeBreachedOn,
        ConfirmationBreachedOn, DeckReviewBreachedOn, FollowUpBreachedOn,
    };
}
