using System;
using System.Collections.Generic;
using Cor.Cli.Demo.Samples;
using Microsoft.Xrm.Sdk;

namespace Cor.Cli.Demo.Scenario;

/// <summary>
/// State shared by the steps of one demo run: the organization service, the samples, the day the run starts and
/// the ids of the records created so far, by sample key.
/// </summary>
internal sealed class ScenarioContext
{
    public ScenarioContext(IOrganizationService service, SampleSet samples, DemoClock clock)
    {
        Service = service;
        Samples = samples;
        Clock = clock;
        Today = DateTime.SpecifyKind(clock.GetUtcNow().UtcDateTime.Date, DateTimeKind.Utc);
    }

    public IOrganizationService Service { get; }

    public SampleSet Samples { get; }

    /// <summary>The emulator's clock, which the scenario moves forward when a meeting takes place.</summary>
    public DemoClock Clock { get; }

    /// <summary>Midnight UTC of the day the run started. Sample dates count their days from it.</summary>
    public DateTime Today { get; }

    /// <summary>The emulator's current time, in UTC.</summary>
    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    public Guid AccountId { get; set; }

    public Dictionary<string, Guid> ContactIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Guid> UserIds { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Guid> MeetingIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Ids of other records that later steps change, such as the deck and its goals, by step-chosen key.</summary>
    public Dictionary<string, Guid> RecordIds { get; } = new(StringComparer.Ordinal);

    public DateTime StartOf(SampleMeeting meeting) => Today.AddDays(meeting.StartsInDays) + meeting.StartTime.ToTimeSpan();

    public DateTime EndOf(SampleMeeting meeting) => StartOf(meeting).AddMinutes(meeting.DurationMinutes);

    public EntityReference UserReference(string key) => new("systemuser", UserIds[key]);

    public EntityReference ContactReference(string key) => new("contact", ContactIds[key]);

    public EntityReference MeetingReference(string key) => new(CorSchema.Meeting.Table, MeetingIds[key]);
}
