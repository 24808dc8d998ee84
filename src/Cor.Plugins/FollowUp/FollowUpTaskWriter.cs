using System;
using System.Collections.Generic;
using Cor.Plugins.Meetings;
using Cor.Rules.FollowUp;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.FollowUp;

/// <summary>
/// Creates planned follow-up tasks regarding a meeting, one Create each, and names the failing task when one fails.
/// </summary>
public static class FollowUpTaskWriter
{
    /// <summary>
    /// Creates the tasks in order and returns their ids. Throws <see cref="InvalidPluginExecutionException"/> naming
    /// the task (and its next step) on the first failure, which rolls the whole close back.
    /// </summary>
    public static IReadOnlyList<Guid> CreateAll(
        IOrganizationService service, FollowUpMeeting meeting, IEnumerable<PlannedTask> tasks)
    {
        var ids = new List<Guid>();
        foreach (var task in tasks)
        {
            ids.Add(Create(service, meeting, task));
        }

        return ids;
    }

    /// <summary>Builds the task row of a planned task.</summary>
    public static Entity ToEntity(Guid meetingId, PlannedTask task)
    {
        var row = new Entity(TaskColumns.Table)
        {
            [TaskColumns.Subject] = task.Subject,
            [TaskColumns.Description] = task.Description,
            [TaskColumns.OwnerId] = new EntityReference(task.Owner.TableName, task.Owner.Id),
            [TaskColumns.RegardingObjectId] = new EntityReference(MeetingColumns.Table, meetingId),
            [TaskColumns.PriorityCode] = new OptionSetValue((int)task.Priority),
            [TaskColumns.FollowUpKind] = new OptionSetValue((int)task.Kind),
        };
        if (task.Due != null)
        {
            row[TaskColumns.ScheduledEnd] = task.Due.Value;
        }

        if (task.NextStep != null)
        {
            row[TaskColumns.NextStepId] = new EntityReference(NextStepColumns.Table, task.NextStep.Id);
        }

        return row;
    }

    private static Guid Create(IOrganizationService service, FollowUpMeeting meeting, PlannedTask task)
    {
        try
        {
            return service.Create(ToEntity(meeting.Id, task));
        }
        catch (Exception exception)
        {
            // Every failure is caught because Dataverse reports a failed nested Create as
            // FaultException<OrganizationServiceFault>, which the plugin cannot name on every target framework.
            throw new InvalidPluginExecutionException(FailureMessage(meeting, task, exception), exception);
        }
    }

    private static string FailureMessage(FollowUpMeeting meeting, PlannedTask task, Exception exception)
    {
        var fix = task.NextStep == null
            ? "Set the meeting's organizer to a user you may assign tasks to, then close the meeting again."
            : "Assign the next step to a user or team you may assign tasks to, or ask its owner's manager to close "
                + "the meeting.";
        return $"Closing {meeting.Label} failed because {task.Describe()} could not be created for its owner "
            + $"{task.Owner}: {exception.Message} Nothing was saved and the meeting stays open. {fix}";
    }
}
