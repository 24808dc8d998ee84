namespace Cor.Rules;

/// <summary>
/// COR playbook rule. Each rule has its own enforcement level, so an admin can enforce, record or switch it off.
/// </summary>
public enum RuleId
{
    /// <summary>The agenda is present on every save, and the objectives are present before planning.</summary>
    Agenda,

    /// <summary>The scheduled end is after the start and the meeting lasts at most the maximum duration.</summary>
    Duration,

    /// <summary>A planned meeting has at least one customer-side attendee.</summary>
    CustomerAttendee,

    /// <summary>Planning starts at least the lead time (28 days by default) before the meeting.</summary>
    PlanningLeadTime,

    /// <summary>Every required attendee confirms at least 48 hours (by default) before the start.</summary>
    AttendeeConfirmation,

    /// <summary>The deck is Ready and reviewed by someone other than its author before the meeting completes.</summary>
    DeckReview,

    /// <summary>A deck has 1 to 3 partnership goals with unique ranks, each with at least one KPI.</summary>
    PartnershipGoals,

    /// <summary>A completed meeting has a summary and next steps, each with an owner and a due date.</summary>
    FollowUp,

    /// <summary>The meeting moves only along Draft, Planned, Confirmed, Completed, or to Cancelled.</summary>
    StatusTransition,
}
