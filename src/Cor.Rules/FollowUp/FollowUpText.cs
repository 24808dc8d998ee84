using System.Collections.Generic;
using System.Text;

namespace Cor.Rules.FollowUp;

/// <summary>
/// Subjects and descriptions of the follow-up tasks, cut to the maximum lengths of the task columns.
/// </summary>
public static class FollowUpText
{
    /// <summary>Maximum length of task.subject in Dataverse.</summary>
    public const int MaxSubjectLength = 200;

    /// <summary>Maximum length of task.description in Dataverse.</summary>
    public const int MaxDescriptionLength = 2000;

    /// <summary>Text that ends a description cut to <see cref="MaxDescriptionLength"/>.</summary>
    public const string CutMarker = "\n[Cut to fit the task. The full text is on the COR meeting.]";

    public static string FollowUpSubject(FollowUpMeeting meeting) =>
        Subject($"Send the COR follow-up for {meeting.Label}");

    public static string FeedbackSubject(FollowUpMeeting meeting) =>
        Subject($"Ask the customer for feedback on {meeting.Label}");

    public static string BookNextSubject(FollowUpMeeting meeting) =>
        Subject($"Book the next COR with the customer after {meeting.Label}");

    public static string NextStepSubject(FollowUpNextStep step, FollowUpMeeting meeting) =>
        Subject(step.Title ?? $"Next step from {meeting.Label}");

    /// <summary>
    /// Builds the text of the follow-up that goes to the customer: the summary, then each next step with its owner
    /// and due date, in the order given.
    /// </summary>
    public static string FollowUpDescription(FollowUpMeeting meeting, IEnumerable<FollowUpNextStep> steps)
    {
        var text = new StringBuilder();
        text.Append("Summary of ").Append(meeting.Label).Append(":\n");
        text.Append(string.IsNullOrWhiteSpace(meeting.Summary) ? "(no summary written)" : meeting.Summary!.Trim());
        text.Append("\n\nNext steps:");
        var count = 0;
        foreach (var step in steps)
        {
            text.Append("\n- ").Append(step.Title ?? "(untitled next step)")
                .Append(": owner ").Append(step.OwnerName ?? step.Owner.ToString())
                .Append(", due ").Append(step.DueDate == null ? "(no due date)" : TextFormat.Date(step.DueDate.Value));
            count++;
        }

        if (count == 0)
        {
            text.Append("\n(none agreed)");
        }

        return Description(text.ToString());
    }

    public static string NextStepDescription(FollowUpNextStep step, FollowUpMeeting meeting)
    {
        var agreed = $"Next step agreed in {meeting.Label}.";
        var body = string.IsNullOrWhiteSpace(step.Description) ? agreed : step.Description!.Trim() + "\n\n" + agreed;
        return Description(body);
    }

    public static string FeedbackDescription(FollowUpMeeting meeting) => Description(
        $"Ask the customer how {meeting.Label} went, and record the answer as COR feedback with a score from 0 to 10, "
        + "so that the next COR changes because of it.");

    public static string BookNextDescription(FollowUpMeeting meeting) => Description(
        $"{meeting.Label} has no next COR meeting linked. Agree the next COR with the customer, create it, and link "
        + "it as the next meeting of this one.");

    private static string Subject(string text) =>
        text.Length <= MaxSubjectLength ? text : text.Substring(0, MaxSubjectLength - 3) + "...";

    private static string Description(string text) =>
        text.Length <= MaxDescriptionLength
            ? text
            : text.Substring(0, MaxDescriptionLength - CutMarker.Length) + CutMarker;
}
