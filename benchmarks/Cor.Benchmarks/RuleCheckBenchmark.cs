using System;
using BenchmarkDotNet.Attributes;
using Cor.Rules;
using Cor.Rules.Meetings;
using Cor.Rules.Settings;

namespace Cor.Benchmarks;

/// <summary>
/// The rules that the meeting plugin checks on Create, run alone in plain C# with the shipped default settings: a
/// valid meeting, and a meeting without an agenda that lasts 90 minutes, whose messages are formatted.
/// </summary>
[MemoryDiagnoser]
public class RuleCheckBenchmark
{
    private static readonly DateTime Start = new(2027, 1, 14, 14, 0, 0, DateTimeKind.Utc);

    private readonly CorSettings settings = SettingsParser.Defaults();
    private readonly MeetingSchedule validSchedule = new(Start, Start.AddMinutes(60));
    private readonly MeetingSchedule longSchedule = new(Start, Start.AddMinutes(90));

    [Benchmark(Baseline = true)]
    public Enforcement CheckValidMeeting() => Check("1. Adoption\n2. Usage insights\n3. Goals", validSchedule);

    [Benchmark]
    public Enforcement CheckRejectedMeeting() => Check(null, longSchedule);

    private Enforcement Check(string? agenda, MeetingSchedule schedule)
    {
        var results = new[]
        {
            AgendaRules.CheckAgenda(agenda),
            ScheduleRules.CheckEndAfterStart(schedule),
            ScheduleRules.CheckMaxDuration(schedule, settings.MaxMeetingMinutes),
        };
        return Enforcement.Decide(results, settings);
    }
}
