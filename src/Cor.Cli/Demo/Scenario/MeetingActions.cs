using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cor.Cli.Demo.Samples;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using EnvironmentVariable = Cor.Cli.Demo.Scenario.CorSchema.EnvironmentVariable;

namespace Cor.Cli.Demo.Scenario;

/// <summary>Requests that several lifecycle steps send: status changes, reads and rule settings.</summary>
internal static class MeetingActions
{
    /// <summary>Sends one Update that sets the meeting's statecode and statuscode.</summary>
    public static void SetStatus(ScenarioContext context, string meetingKey, (int State, int Status) status)
    {
        var update = new Entity(CorSchema.Meeting.Table, context.MeetingIds[meetingKey]);
        update[CorSchema.Meeting.StateCode] = new OptionSetValue(status.State);
        update[CorSchema.Meeting.StatusCode] = new OptionSetValue(status.Status);
        context.Service.Update(update);
    }

    public static Entity Read(ScenarioContext context, string meetingKey, params string[] columns) =>
        context.Service.Retrieve(CorSchema.Meeting.Table, context.MeetingIds[meetingKey], new ColumnSet(columns));

    /// <summary>Creates the attendees of the sample meeting on the given side, not yet confirmed.</summary>
    public static IReadOnlyList<string> AddAttendees(ScenarioContext context, string meetingKey, SampleSide side)
    {
        var meeting = context.Samples.Meeting(meetingKey);
        var names = new List<string>();
        foreach (var attendee in (meeting.Attendees ?? Array.Empty<SampleAttendee>()).Where(a => a.Side == side))
        {
            context.Service.Create(SampleRecords.Attendee(attendee, context.MeetingIds[meetingKey], context));
            names.Add(SampleRecords.AttendeeName(attendee, context.Samples));
        }

        return names;
    }

    /// <summary>Creates the current value of an environment variable, which overrides its default.</summary>
    public static void SetEnvironmentVariable(ScenarioContext context, string schemaName, string value)
    {
        var definitionId = FindDefinitionId(context.Service, schemaName);
        var record = new Entity(EnvironmentVariable.ValueTable);
        record[EnvironmentVariable.SchemaName] = schemaName;
        record[EnvironmentVariable.Value] = value;
        record[EnvironmentVariable.DefinitionId] = new EntityReference(EnvironmentVariable.DefinitionTable, definitionId);
        context.Service.Create(record);
    }

    /// <summary>Returns the id of the definition with the schema name, or throws naming the solution folder to check.</summary>
    private static Guid FindDefinitionId(IOrganizationService service, string schemaName)
    {
        var query = new QueryExpression(EnvironmentVariable.DefinitionTable) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(EnvironmentVariable.SchemaName, ConditionOperator.Equal, schemaName);
        var match = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        return match?.Id ?? throw new DemoSetupException(
            $"The environment variable {schemaName} is not defined. Check that the solution folder has "
            + $"environmentvariabledefinitions/{schemaName}/environmentvariabledefinition.xml.");
    }

    /// <summary>Formats a date and time column as "2026-12-04 15:30 UTC", or "empty".</summary>
    public static string FormatTime(Entity record, string column)
    {
        var value = record.GetAttributeValue<DateTime?>(column);
        return value is DateTime time
            ? time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC"
            : "empty";
    }
}
