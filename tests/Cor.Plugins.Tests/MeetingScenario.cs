using System;
using Cor.Plugins.Meetings;
using Cor.Rules.Meetings;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Tests;

/// <summary>
/// Meeting with everything that every status needs, so a test breaks exactly one rule on the way to a status.
/// </summary>
internal sealed class MeetingScenario
{
    private readonly PluginTestHost host;

    private MeetingScenario(PluginTestHost host, Guid meetingId)
    {
        this.host = host;
        MeetingId = meetingId;
    }

    public Guid MeetingId { get; }

    /// <summary>Creates a valid Draft meeting with one customer-side attendee who confirmed in time.</summary>
    public static MeetingScenario Create(PluginTestHost host, Entity? meeting = null)
    {
        var id = host.Service.Create(meeting ?? CorRecords.Meeting());
        host.Service.Create(CorRecords.Attendee(id, "Dana Customer", AttendeeSide.Customer, PluginTestHost.Now));
        return new MeetingScenario(host, id);
    }

    /// <summary>Wraps a stored meeting without adding records to it.</summary>
    public static MeetingScenario Existing(PluginTestHost host, Guid meetingId) => new(host, meetingId);

    /// <summary>Adds a Ready deck reviewed by another user, one goal with a KPI, and one complete next step.</summary>
    public MeetingScenario WithCompletionRecords(Guid? reviewerId = null, bool kpi = true)
    {
        var deck = CorRecords.Deck(MeetingId, host.Emulator.CallerId, reviewerId ?? CreateReviewer());
        var deckId = host.Service.Create(deck);
        var goalId = host.Service.Create(CorRecords.Goal(deckId, 1));
        if (kpi)
        {
            host.Service.Create(CorRecords.Kpi(goalId));
        }

        host.Service.Create(CorRecords.NextStep(MeetingId, CorRecords.Start.AddDays(7)));
        SetSummary("Agreed the scope.");
        return this;
    }

    public void SetSummary(string summary) =>
        host.Service.Update(new Entity(MeetingColumns.Table, MeetingId) { [MeetingColumns.Summary] = summary });

    /// <summary>Moves the meeting through the legal statuses up to the given one.</summary>
    public MeetingScenario MoveTo(MeetingStatus status)
    {
        var path = status switch
        {
            MeetingStatus.Planned => new[] { MeetingStatus.Planned },
            MeetingStatus.Confirmed => new[] { MeetingStatus.Planned, MeetingStatus.Confirmed },
            MeetingStatus.Completed =>
                new[] { MeetingStatus.Planned, MeetingStatus.Confirmed, MeetingStatus.Completed },
            MeetingStatus.Cancelled => new[] { MeetingStatus.Cancelled },
            _ => Array.Empty<MeetingStatus>(),
        };
        foreach (var next in path)
        {
            host.Service.Update(CorRecords.StatusUpdate(MeetingId, next));
        }

        return this;
    }

    public void Update(MeetingStatus status) => host.Service.Update(CorRecords.StatusUpdate(MeetingId, status));

    public Entity Read(params string[] columns) => host.Retrieve(MeetingColumns.Table, MeetingId, columns);

    public MeetingStatus Status
    {
        get
        {
            var status = Read(MeetingColumns.StatusCode).GetAttributeValue<OptionSetValue>(MeetingColumns.StatusCode);
            return (MeetingStatus)status.Value;
        }
    }

    public DateTime? ReadTime(string column) => Read(column).GetAttributeValue<DateTime?>(column);

    public DateTime? BreachedOn(string column) => Read(column).GetAttributeValue<DateTime?>(column);

    private Guid CreateReviewer() =>
        host.Service.Create(new Entity("systemuser") { ["firstname"] = "Rey", ["lastname"] = "Reviewer" });
}
