using System;
using System.Collections.Generic;
using System.Linq;

namespace Cor.Rules.FollowUp;

/// <summary>
/// Plans the tasks that closing a COR meeting creates: send the follow-up, one task per next step, ask for feedback,
/// and book the next COR unless the meeting already links one.
/// </summary>
public static class FollowUpPlanner
{
    /// <summary>
    /// Returns every follow-up task of the meeting, follow-up first, then the next steps by due date (undated last)
    /// and title, then feedback and booking. The organizer owns the follow-up, feedback and booking tasks, or the
    /// closing user when the meeting has no organizer. Those three are due <paramref name="dueHours"/> hours after
    /// the scheduled end, or after <paramref name="closedOn"/> when the meeting has no scheduled end.
    /// </summary>
    public static IReadOnlyList<PlannedTask> Plan(
        FollowUpMeeting meeting,
        IEnumerable<FollowUpNextStep> nextSteps,
        int dueHours,
        OwnerReference closingUser,
        DateTime closedOn)
    {
        if (dueHours < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(dueHours), dueHours, "The follow-up due time must be at least 1 hour after the meeting.");
        }

        var steps = Order(nextSteps);
        var organizer = meeting.Organizer ?? closingUser;
        var due = (meeting.ScheduledEnd ?? closedOn).AddHours(dueHours);
        var tasks = new List<PlannedTask>
        {
            new(FollowUpTaskKind.SendFollowUp, null, FollowUpText.FollowUpSubject(meeting),
                FollowUpText.FollowUpDescription(meeting, steps), due, organizer, TaskPriority.High),
        };

        // NOTE: cor_duedate is a date-only column, so a next-step task is due at 00:00 UTC of that date, which users
        // west of UTC see as the evening before. The plugin does not know the owner's time zone.
        tasks.AddRange(steps.Select(step => new PlannedTask(
            FollowUpTaskKind.NextStep, step, FollowUpText.NextStepSubject(step, meeting),
            FollowUpText.NextStepDescription(step, meeting), step.DueDate, step.Owner, TaskPriority.Normal)));

        tasks.Add(new PlannedTask(FollowUpTaskKind.AskForFeedback, null, FollowUpText.FeedbackSubject(meeting),
            FollowUpText.FeedbackDescription(meeting), due, organizer, TaskPriority.Normal));

        if (!meeting.HasNextMeeting)
        {
            tasks.Add(new PlannedTask(FollowUpTaskKind.BookNextMeeting, null, FollowUpText.BookNextSubject(meeting),
                FollowUpText.BookNextDescription(meeting), due, organizer, TaskPriority.Normal));
        }

        return tasks;
    }

    /// <summary>
    /// Returns the planned tasks whose key is not among the existing ones, so that closing a meeting again, or
    /// replaying the close, creates only the tasks that are still missing.
    /// </summary>
    public static IReadOnlyList<PlannedTask> WithoutExisting(
        IEnumerable<PlannedTask> planned, IEnumerable<FollowUpTaskKey> existing)
    {
        var existingKeys = new HashSet<FollowUpTaskKey>(existing);
        return planned.Where(task => !existingKeys.Contains(task.Key)).ToList();
    }

    private static List<FollowUpNextStep> Order(IEnumerable<FollowUpNextStep> steps) =>
        steps.OrderBy(s => s.DueDate == null)
            .ThenBy(s => s.DueDate)
            .ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Id)
            .ToList();
}
