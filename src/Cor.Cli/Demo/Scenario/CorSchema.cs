namespace Cor.Cli.Demo.Scenario;

/// <summary>
/// Logical names and option values of the COR tables that the demo writes, as the solution defines them.
/// </summary>
internal static class CorSchema
{
    public static class Meeting
    {
        public const string Table = "cor_meeting";
        public const string Name = "cor_name";
        public const string AccountId = "cor_accountid";
        public const string Agenda = "cor_agenda";
        public const string Objectives = "cor_objectives";
        public const string ScheduledStart = "cor_scheduledstart";
        public const string ScheduledEnd = "cor_scheduledend";
        public const string DurationMinutes = "cor_durationminutes";
        public const string OrganizerId = "cor_organizerid";
        public const string CoPresenterId = "cor_copresenterid";
        public const string PlannedOn = "cor_plannedon";
        public const string ConfirmedOn = "cor_confirmedon";
        public const string CompletedOn = "cor_completedon";
        public const string Summary = "cor_summary";
        public const string FollowUpSentOn = "cor_followupsenton";
        public const string FollowUpOnTime = "cor_followupontime";
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

        /// <summary>The eight breach timestamps of a meeting, in the order of the playbook's phases.</summary>
        public static readonly string[] BreachColumns =
        {
            AgendaBreachedOn, DurationBreachedOn, AttendeeBreachedOn, TransitionBreachedOn,
            LeadTimeBreachedOn, ConfirmationBreachedOn, DeckReviewBreachedOn, FollowUpBreachedOn,
        };
    }

    /// <summary>The statecode and statuscode pairs of a COR meeting.</summary>
    public static class MeetingStatus
    {
        public static readonly (int State, int Status) Draft = (0, 1);
        public static readonly (int State, int Status) Planned = (0, 107350001);
        public static readonly (int State, int Status) Confirmed = (0, 107350002);
        public static readonly (int State, int Status) Completed = (1, 2);
    }

    public static class Attendee
    {
        public const string Table = "cor_attendee";
        public const string Name = "cor_name";
        public const string MeetingId = "cor_meetingid";
        public const string ContactId = "cor_contactid";
        public const string UserId = "cor_userid";
        public const string Side = "cor_side";
        public const string Level = "cor_level";
        public const string IsRequired = "cor_isrequired";
        public const string ConfirmedOn = "cor_confirmedon";
    }

    public static class Deck
    {
        public const string Table = "cor_deck";
        public const string Name = "cor_name";
        public const string MeetingId = "cor_meetingid";
        public const string AuthorId = "cor_authorid";
        public const string ReviewerId = "cor_reviewerid";
        public const string ReviewedOn = "cor_reviewedon";
        public const string DeckStatus = "cor_deckstatus";
        public const string BusinessObjectives = "cor_businessobjectives";
        public const string ProgressToDate = "cor_progresstodate";
        public const string NextPartnershipSteps = "cor_nextpartnershipsteps";
        public const int StatusDraft = 107350000;
        public const int StatusReady = 107350001;
    }

    public static class Goal
    {
        public const string Table = "cor_partnershipgoal";
        public const string Name = "cor_name";
        public const string DeckId = "cor_deckid";
        public const string Rank = "cor_rank";
        public const string Description = "cor_description";
    }

    public static class Kpi
    {
        public const string Table = "cor_kpi";
        public const string Name = "cor_name";
        public const string GoalId = "cor_goalid";
        public const string Unit = "cor_unit";
        public const string Baseline = "cor_baseline";
        public const string Target = "cor_target";
        public const string CurrentValue = "cor_currentvalue";
        public const string MeasuredOn = "cor_measuredon";
        public const string ProgressPercent = "cor_progresspercent";
    }

    public static class NextStep
    {
        public const string Table = "cor_nextstep";
        public const string Name = "cor_name";
        public const string MeetingId = "cor_meetingid";
        public const string Description = "cor_description";
        public const string DueDate = "cor_duedate";
        public const string OwnerId = "ownerid";
    }

    public static class Feedback
    {
        public const string Table = "cor_feedback";
        public const string Name = "cor_name";
        public const string MeetingId = "cor_meetingid";
        public const string Score = "cor_score";
        public const string Comment = "cor_comment";
    }

    /// <summary>The columns of the task table that the demo reads, with the follow-up task's kind.</summary>
    public static class Task
    {
        public const string Table = "task";
        public const string Subject = "subject";
        public const string ScheduledEnd = "scheduledend";
        public const string RegardingObjectId = "regardingobjectid";
        public const string FollowUpKind = "cor_followupkind";
        public const int FollowUpKindSendFollowUp = 107350000;
        public static readonly (int State, int Status) Completed = (1, 5);
    }

    public static class EnvironmentVariable
    {
        public const string DefinitionTable = "environmentvariabledefinition";
        public const string DefinitionId = "environmentvariabledefinitionid";
        public const string ValueTable = "environmentvariablevalue";
        public const string SchemaName = "schemaname";
        public const string Value = "value";
    }
}
