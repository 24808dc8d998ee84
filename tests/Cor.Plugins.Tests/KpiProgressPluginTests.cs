using System;
using Cor.Plugins.Decks;
using Cor.Plugins.Framework;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Cor.Plugins.Tests;

public class KpiProgressPluginTests : IDisposable
{
    private readonly PluginTestHost host = PluginTestHost.Start();
    private readonly Guid goalId;

    public KpiProgressPluginTests()
    {
        var meeting = MeetingScenario.Create(host);
        var deckId = host.Service.Create(CorRecords.Deck(meeting.MeetingId, host.Emulator.CallerId, null));
        goalId = host.Service.Create(CorRecords.Goal(deckId, 1));
    }

    public void Dispose() => host.Dispose();

    private decimal? Progress(Guid kpiId)
    {
        var kpi = host.Retrieve(KpiColumns.Table, kpiId, KpiColumns.ProgressPercent);
        return kpi.GetAttributeValue<decimal?>(KpiColumns.ProgressPercent);
    }

    [Fact]
    public void Create_ComputesProgress()
    {
        var id = host.Service.Create(CorRecords.Kpi(goalId, baseline: 10m, target: 20m, current: 15m));

        Assert.Equal(50m, Progress(id));
    }

    [Fact]
    public void Update_ProgressOnly_IsRecomputed()
    {
        var id = host.Service.Create(CorRecords.Kpi(goalId, baseline: 10m, target: 20m, current: 15m));
        host.Emulator.ClearLogs();

        host.Service.Update(new Entity(KpiColumns.Table, id) { [KpiColumns.ProgressPercent] = 99m });

        Assert.Equal(50m, Progress(id));
        var execution = Assert.Single(host.ExecutionsOf<KpiProgressPlugin>(MessageNames.Update));
        var expected = KpiProgressPlugin.ProgressReplacedTrace + " 99 with 50";
        Assert.Contains(expected, execution.TraceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SentProgress_IsRecomputed()
    {
        var kpi = CorRecords.Kpi(goalId, baseline: 10m, target: 20m, current: 15m);
        kpi[KpiColumns.ProgressPercent] = 5m;

        var id = host.Service.Create(kpi);

        Assert.Equal(50m, Progress(id));
    }

    [Fact]
    public void Update_CurrentValue_RecomputesFromPreImage()
    {
        var id = host.Service.Create(CorRecords.Kpi(goalId, baseline: 10m, target: 20m, current: 15m));

        host.Service.Update(new Entity(KpiColumns.Table, id) { [KpiColumns.CurrentValue] = 18m });

        Assert.Equal(80m, Progress(id));
    }

    [Fact]
    public void Update_TargetEqualsBaseline_ClearsProgress()
    {
        var id = host.Service.Create(CorRecords.Kpi(goalId, baseline: 10m, target: 20m, current: 15m));
        host.Emulator.ClearLogs();

        host.Service.Update(new Entity(KpiColumns.Table, id) { [KpiColumns.Target] = 10m });

        Assert.Null(Progress(id));
        var execution = Assert.Single(host.ExecutionsOf<KpiProgressPlugin>(MessageNames.Update));
        Assert.Contains(KpiProgressPlugin.ProgressClearedTrace, execution.TraceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_Rename_DoesNotRunPlugin()
    {
        var id = host.Service.Create(CorRecords.Kpi(goalId));
        host.Emulator.ClearLogs();

        host.Service.Update(new Entity(KpiColumns.Table, id) { ["cor_name"] = "Weekly active users" });

        Assert.Empty(host.ExecutionsOf<KpiProgressPlugin>(MessageNames.Update));
        Assert.Equal(50m, Progress(id));
    }
}
