using System;

namespace Cor.Rules.FollowUp;

/// <summary>
/// Task that closing a meeting creates, with the values of its columns subject, description, scheduledend,
/// ownerid and prioritycode. Every planned task is regarding the meeting.
/// </summary>
public sealed class PlannedTask
{
    public PlannedTask(
        FollowUpTaskKind kind,
        FollowUpNextStep? nextStep,
        string subject,
        string description,
        DateTime? due,
        OwnerReference owner,
        TaskPriority priority)
    {
        Key = new FollowUpTaskKey(kind, nextStep?.Id);
        NextStep = nextStep;
        Subject = subject;
        Description = description;
        Due = due;
        Owner = owner;
        Priority = priority;
    }

    public FollowUpTaskKey Key { get; }

    public FollowUpTaskKind Kind => Key.Kind;

    /// <summary>Next step that a <see cref="FollowUpTaskKind.NextStep"/> task comes from, or null for other kinds.</summary>
    public FollowUpNextStep? NextStep { get; }

    public string Subject { get; }

    public string Description { get; }

    /// <summary>Due time (task.scheduledend) in UTC, or null when the task has no due date.</summary>
    public DateTime? Due { get; }

    public OwnerReference Owner { get; }

    public TaskPriority Priority { get; }

    /// <summary>Returns how messages name the task: by its purpose, and by its next step for a next-step task.</summary>
    public string Describe() => Kind switch
    {
        FollowUpTaskKind.SendFollowUp => "the task to send the follow-up",
        FollowUpTaskKind.AskForFeedback => "the task to ask for feedback",
        FollowUpTaskKind.BookNextMeeting => "the task to book the next COR",
        _ => $"the task of the next step {NextStep}",
    };
}
