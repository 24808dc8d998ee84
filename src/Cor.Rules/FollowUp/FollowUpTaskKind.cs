namespace Cor.Rules.FollowUp;

/// <summary>
/// Kind of a follow-up task that closing a COR meeting creates, with the option values of task.cor_followupkind.
/// </summary>
public enum FollowUpTaskKind
{
    /// <summary>Send the customer the summary and the next steps, due a set number of hours after the meeting.</summary>
    SendFollowUp = 107350000,

    /// <summary>Do one next step agreed in the meeting.</summary>
    NextStep = 107350001,

    /// <summary>Ask the customer for feedback on the meeting.</summary>
    AskForFeedback = 107350002,

    /// <summary>Book the next COR meeting with the customer.</summary>
    BookNextMeeting = 107350003,
}
