using System;
using System.Linq;
using Cor.Rules.FollowUp;
using Xunit;

namespace Cor.Rules.Tests.FollowUp;

public class FollowUpPlannerTests
{
    private static readonly DateTime End = new(2026, 12, 3, 15, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime ClosedOn = new(2026, 12, 4, 9, 0, 0, DateTimeKind.Utc);
    private static readonly OwnerReference Organizer = OwnerReference.User(Guid.NewGuid());
    private static readonly OwnerReference Closer = OwnerReference.User(Guid.NewGuid());
    private static readonly OwnerReference Team = new("team", Guid.NewGuid());

    [Fact]
    public void Plan_NoNextMeeting_FourTasks()
    {
        var steps = new[] { Step("Send pricing", End.AddDays(7)) };

        var tasks = FollowUpPlanner.Plan(Meeting(hasNextMeeting: false), steps, 24, Closer, ClosedOn);

        Assert.Equal(
            new[]
            {
                FollowUpTaskKind.SendFollowUp, FollowUpTaskKind.NextStep,
                FollowUpTaskKind.AskForFeedback, FollowUpTaskKind.BookNextMeeting,
            },
            tasks.Select(t => t.Kind));
    }

    [Fact]
    public void Plan_NextMeetingLinked_SkipsBooking()
    {
        var tasks = FollowUpPlanner.Plan(Meeting(hasNextMeeting: true), Array.Empty<FollowUpNextStep>(), 24, Closer, ClosedOn);

        Assert.DoesNotContain(tasks, t => t.Kind == FollowUpTaskKind.BookNextMeeting);
        Assert.Equal(2, tasks.Count);
    }

    [Fact]
    public void Plan_FollowUp_DueAfterEnd()
    {
        var tasks = FollowUpPlanner.Plan(Meeting(), Array.Empty<FollowUpNextStep>(), 24, Closer, ClosedOn);

        var followUp = tasks.Single(t => t.Kind == FollowUpTaskKind.SendFollowUp);
        Assert.Equal(End.AddHours(24), followUp.Due);
        Assert.Equal(Organizer, followUp.Owner);
        Assert.Equal(TaskPriority.High, followUp.Priority);
        Assert.Equal("Send the COR follow-up for 'Contoso Q4 COR'", followUp.Subject);
    }

    [Fact]
    public void Plan_ConfiguredHours_MoveTheDueTime()
    {
        var tasks = FollowUpPlanner.Plan(Meeting(), Array.Empty<FollowUpNextStep>(), 48, Closer, ClosedOn);

        Assert.Equal(End.AddHours(48), tasks.Single(t => t.Kind == FollowUpTaskKind.SendFollowUp).Due);
    }

    [Fact]
    public void Plan_NoScheduledEnd_DueAfterClose()
    {
        var meeting = new FollowUpMeeting(Guid.NewGuid(), "Contoso Q4 COR", "Summary", null, Organizer, false);

        var tasks = FollowUpPlanner.Plan(meeting, Array.Empty<FollowUpNextStep>(), 24, Closer, ClosedOn);

        Assert.All(
            tasks.Where(t => t.Kind != FollowUpTaskKind.NextStep),
            t => Assert.Equal(ClosedOn.AddHours(24), t.Due));
    }

    [Fact]
    public void Plan_NoOrganizer_ClosingUserOwns()
    {
        var meeting = new FollowUpMeeting(Guid.NewGuid(), "Contoso Q4 COR", "Summary", End, null, false);

        var tasks = FollowUpPlanner.Plan(meeting, Array.Empty<FollowUpNextStep>(), 24, Closer, ClosedOn);

        Assert.All(tasks, t => Assert.Equal(Closer, t.Owner));
    }

    [Fact]
    public void Plan_FeedbackAndBooking_OrganizerOwns()
    {
        var tasks = FollowUpPlanner.Plan(Meeting(), Array.Empty<FollowUpNextStep>(), 24, Closer, ClosedOn);

        var feedback = tasks.Single(t => t.Kind == FollowUpTaskKind.AskForFeedback);
        var booking = tasks.Single(t => t.Kind == FollowUpTaskKind.BookNextMeeting);
        Assert.Equal(Organizer, feedback.Owner);
        Assert.Equal(Organizer, booking.Owner);
        Assert.Equal(End.AddHours(24), feedback.Due);
        Assert.Equal(End.AddHours(24), booking.Due);
        Assert.Equal(TaskPriority.Normal, feedback.Priority);
        Assert.Null(feedback.Key.NextStepId);
    }

    [Fact]
    public void Plan_NextStepTask_CopiesStep()
    {
        var step = new FollowUpNextStep(
            Guid.NewGuid(), "Run the adoption workshop", "Two hours, admins only.", End.AddDays(10), Team, "CS team");

        var task = FollowUpPlanner.Plan(Meeting(), new[] { step }, 24, Closer, ClosedOn)
            .Single(t => t.Kind == FollowUpTaskKind.NextStep);

        Assert.Equal(Team, task.Owner);
        Assert.Equal(End.AddDays(10), task.Due);
        Assert.Equal("Run the adoption workshop", task.Subject);
        Assert.Equal("Two hours, admins only.\n\nNext step agreed in 'Contoso Q4 COR'.", task.Description);
        Assert.Equal(step.Id, task.Key.NextStepId);
        Assert.Same(step, task.NextStep);
    }

    [Fact]
    public void Plan_NextSteps_OrderedByDueThenTitle()
    {
        var undated = Step("Undated", null);
        var later = Step("Later", End.AddDays(9));
        var soonB = Step("B soon", End.AddDays(2));
        var soonA = Step("A soon", End.AddDays(2));

        var tasks = FollowUpPlanner.Plan(Meeting(), new[] { undated, later, soonB, soonA }, 24, Closer, ClosedOn);

        Assert.Equal(
            new[] { "A soon", "B soon", "Later", "Undated" },
            tasks.Where(t => t.Kind == FollowUpTaskKind.NextStep).Select(t => t.Subject));
    }

    [Fact]
    public void Plan_FollowUpDescription_ListsSummaryAndSteps()
    {
        var step = new FollowUpNextStep(
            Guid.NewGuid(), "Send pricing", null, new DateTime(2026, 12, 10, 0, 0, 0, DateTimeKind.Utc),
            Organizer, "Avery Smith");

        var followUp = FollowUpPlanner.Plan(Meeting(), new[] { step }, 24, Closer, ClosedOn)
            .Single(t => t.Kind == FollowUpTaskKind.SendFollowUp);

        Assert.Equal(
            "Summary of 'Contoso Q4 COR':\nAgreed the renewal scope.\n\nNext steps:\n"
            + "- Send pricing: owner Avery Smith, due 2026-12-10",
            followUp.Description);
    }

    [Fact]
    public void Plan_HoursBelowOne_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => FollowUpPlanner.Plan(Meeting(), Array.Empty<FollowUpNextStep>(), 0, Closer, ClosedOn));

        Assert.Equal("dueHours", exception.ParamName);
    }

    [Fact]
    public void WithoutExisting_DropsTasksAlreadyCreated()
    {
        var first = Step("First", End.AddDays(1));
        var second = Step("Second", End.AddDays(2));
        var planned = FollowUpPlanner.Plan(Meeting(), new[] { first, second }, 24, Closer, ClosedOn);
        var existing = new[]
        {
            new FollowUpTaskKey(FollowUpTaskKind.SendFollowUp, null),
            new FollowUpTaskKey(FollowUpTaskKind.NextStep, first.Id),
        };

        var missing = FollowUpPlanner.WithoutExisting(planned, existing);

        Assert.Equal(
            new[] { FollowUpTaskKind.NextStep, FollowUpTaskKind.AskForFeedback, FollowUpTaskKind.BookNextMeeting },
            missing.Select(t => t.Kind));
        Assert.Equal(second.Id, missing[0].Key.NextStepId);
    }

    [Fact]
    public void WithoutExisting_AllCreated_ReturnsNone()
    {
        var planned = FollowUpPlanner.Plan(Meeting(), new[] { Step("Only", End) }, 24, Closer, ClosedOn);

        Assert.Empty(FollowUpPlanner.WithoutExisting(planned, planned.Select(t => t.Key)));
    }

    private static FollowUpMeeting Meeting(bool hasNextMeeting = false) =>
        new(Guid.NewGuid(), "Contoso Q4 COR", "Agreed the renewal scope.", End, Organizer, hasNextMeeting);

    private static FollowUpNextStep Step(string name, DateTime? due) =>
        new(Guid.NewGuid(), name, null, due, Organizer, "Avery Smith");
}
