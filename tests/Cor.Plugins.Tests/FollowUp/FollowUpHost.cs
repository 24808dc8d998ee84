using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Emulator;
using Cor.Plugins.FollowUp;
using Cor.Plugins.Meetings;
using Cor.Rules.Meetings;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Plugins.Tests.FollowUp;

/// <summary>
/// Emulator with the repository's solution and the built Cor.Plugins.dll, and builders of a COR meeting that is ready
/// to close: Confirmed, with a customer attendee, a summary and an organizer.
/// </summary>
internal sealed class FollowUpHost : IDisposable
{
    public static readonly DateTime Now = new(2027, 1, 4, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Scheduled start of every meeting: 60 days after the clock's start, so the planning lead time is met.</summary>
    public static readonly DateTime MeetingStart = Now.AddDays(60).AddHours(5);

    /// <summary>Scheduled end of every meeting, 45 minutes after its start.</summary>
    public static readonly DateTime MeetingEnd = MeetingStart.AddMinutes(45);

    private FollowUpHost(DataverseEmulator emulator, SteppingClock clock)
    {
        Emulator = emulator;
        Clock = clock;
    }

    public DataverseEmulator Emulator { get; }

    public SteppingClock Clock { get; }

    public IOrganizationService Service => Emulator.Service;

    public static FollowUpHost Start()
    {
        var clock = new SteppingClock(Now);
        var options = new EmulatorOptions
        {
            SolutionDirectory = RepositoryPaths.Solution,
            PluginAssemblyDirectory = RepositoryPaths.PluginAssemblyDirectory,
            TimeProvider = clock,
        };
        var host = new FollowUpHost(DataverseEmulator.Start(options), clock);

        // These meetings have no deck, so the partnership-goal rule, which checks the deck on completion, is off.
        host.SetVariable(SettingDefinitions.PartnershipGoalsLevel.SchemaName, "Off");
        return host;
    }

    /// <summary>Sets the current value of an environment variable, as an admin does in the maker portal.</summary>
    public void SetVariable(string schemaName, string value) => Emulator.SetEnvironmentVariable(schemaName, value);

    /// <summary>Creates a user in the given business unit, or in the root business unit when none is given.</summary>
    public Guid CreateUser(string firstName, string lastName, Guid? businessUnitId = null)
    {
        var user = new Entity("systemuser") { ["firstname"] = firstName, ["lastname"] = lastName };
        if (businessUnitId.HasValue)
        {
            user["businessunitid"] = new EntityReference("businessunit", businessUnitId.Value);
        }

        return Service.Create(user);
    }

    /// <summary>Creates a business unit directly below the root business unit.</summary>
    public Guid CreateBusinessUnit(string name) =>
        Service.Create(new Entity("businessunit")
        {
            ["name"] = name,
            ["parentbusinessunitid"] = new EntityReference("businessunit", Emulator.RootBusinessUnitId),
        });

    /// <summary>Creates a Confirmed meeting with a customer attendee, a summary and the given organizer.</summary>
    public Guid CreateConfirmedMeeting(Guid organizerId, string name = "Contoso Q1 COR")
    {
        var meetingId = Service.Create(new Entity(MeetingColumns.Table)
        {
            [MeetingColumns.Name] = name,
            [MeetingColumns.Agenda] = "1. Goals 2. Usage 3. Next steps",
            [MeetingColumns.Objectives] = "Agree the renewal scope",
            [MeetingColumns.ScheduledStart] = MeetingStart,
            [MeetingColumns.ScheduledEnd] = MeetingEnd,
            [FollowUpColumns.OrganizerId] = new EntityReference("systemuser", organizerId),
            [MeetingColumns.Summary] = "Agreed the renewal scope.",
        });
        Service.Create(new Entity(AttendeeColumns.Table)
        {
            [AttendeeColumns.Name] = "Dana Customer",
            [AttendeeColumns.MeetingId] = new EntityReference(MeetingColumns.Table, meetingId),
            [AttendeeColumns.Side] = new OptionSetValue((int)AttendeeSide.Customer),
            [AttendeeColumns.IsRequired] = true,
            [AttendeeColumns.ConfirmedOn] = Now,
        });
        SetStatus(meetingId, MeetingStatus.Planned);
        SetStatus(meetingId, MeetingStatus.Confirmed);
        return meetingId;
    }

    public Guid CreateNextStep(Guid meetingId, string name, DateTime? dueDate, EntityReference? owner = null)
    {
        var step = new Entity(NextStepColumns.Table)
        {
            [NextStepColumns.Name] = name,
            [NextStepColumns.Description] = "Details of " + name + ".",
            [NextStepColumns.MeetingId] = new EntityReference(MeetingColumns.Table, meetingId),
        };
        if (dueDate.HasValue)
        {
            step[NextStepColumns.DueDate] = dueDate.Value;
        }

        if (owner != null)
        {
            step[NextStepColumns.OwnerId] = owner;
        }

        return Service.Create(step);
    }

    public void SetStatus(Guid meetingId, MeetingStatus status, IOrganizationService? service = null) =>
        (service ?? Service).Update(new Entity(MeetingColumns.Table, meetingId)
        {
            [MeetingColumns.StateCode] = new OptionSetValue((int)MeetingStatusModel.StateOf(status)),
            [MeetingColumns.StatusCode] = new OptionSetValue((int)status),
        });

    /// <summary>Returns every task regarding the meeting, with every column, ordered by createdon.</summary>
    public IReadOnlyList<Entity> TasksOf(Guid meetingId)
    {
        var query = new QueryExpression(TaskColumns.Table) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(TaskColumns.RegardingObjectId, ConditionOperator.Equal, meetingId);
        query.AddOrder("createdon", OrderType.Ascending);
        return Service.RetrieveMultiple(query).Entities.ToList();
    }

    public Entity Meeting(Guid meetingId, params string[] columns) =>
        Service.Retrieve(MeetingColumns.Table, meetingId, new ColumnSet(columns));

    /// <summary>Returns the runs of one plugin type, in the order they finished.</summary>
    public IReadOnlyList<PluginExecution> ExecutionsOf<TPlugin>() =>
        Emulator.Executions
            .Where(e => e.TypeName.StartsWith(typeof(TPlugin).FullName!, StringComparison.Ordinal))
            .ToList();

    public void Dispose() => Emulator.Dispose();
}
