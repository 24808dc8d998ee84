using System;
using System.Linq;
using Cor.Cli.Demo.Samples;
using Cor.Cli.Demo.Steps;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Cli.Demo.Scenario;

/// <summary>
/// Closes a meeting through the Custom API cor_CloseMeeting, which writes the summary, moves the meeting to
/// Completed and returns the ids of the follow-up tasks that the close created.
/// </summary>
internal static class CloseMeeting
{
    public const string MessageName = "cor_CloseMeeting";
    public const string SummaryParameter = "Summary";
    public const string TaskIdsProperty = "FollowUpTaskIds";

    public static void Close(ScenarioContext context, string meetingKey, SampleMeeting meeting, StepRecorder recorder)
    {
        var request = new OrganizationRequest(MessageName)
        {
            ["Target"] = context.MeetingReference(meetingKey),
            [SummaryParameter] = meeting.Summary ?? throw new DemoSetupException(
                $"The meeting '{meetingKey}' in meetings.json has no summary, which the close needs. Add one."),
        };
        var response = context.Service.Execute(request);
        var taskIds = response.Results.Contains(TaskIdsProperty) ? response.Results[TaskIdsProperty] as string[] : null;
        recorder.Check(
            taskIds is { Length: > 0 },
            $"The response of {MessageName} should list the follow-up tasks in {TaskIdsProperty}.");

        var tasks = ReadTasks(context, context.MeetingIds[meetingKey]);
        recorder.Fact($"{TaskIdsProperty} lists {taskIds?.Length ?? 0} tasks, and the meeting has {tasks.Length}:");
        foreach (var task in tasks)
        {
            recorder.Fact($"task \"{task.GetAttributeValue<string>("subject")}\", due {MeetingActions.FormatTime(task, "scheduledend")}");
        }

        recorder.Check(
            taskIds != null && taskIds.Order().SequenceEqual(tasks.Select(t => t.Id.ToString()).Order()),
            $"The ids in {TaskIdsProperty} should be the ids of the meeting's follow-up tasks.");
    }

    private static Entity[] ReadTasks(ScenarioContext context, Guid meetingId)
    {
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject", "scheduledend") };
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, meetingId);
        query.AddOrder("scheduledend", OrderType.Ascending);
        return context.Service.RetrieveMultiple(query).Entities.ToArray();
    }
}
