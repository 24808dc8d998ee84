using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cor.Emulator;
using Microsoft.Xrm.Sdk;

namespace Cor.Benchmarks;

/// <summary>
/// One close of a Confirmed COR meeting with 10 next steps through the emulator's pipeline, by an Update or by the
/// Custom API. The meeting rules run at PreOperation, then the follow-up step at PostOperation creates 13 tasks in the
/// same transaction.
/// </summary>
/// <remarks>
/// Each close needs a meeting that is not closed yet, so every iteration first prepares one meeting per invocation.
/// The meetings have no deck, so the partnership-goal rule is set to Off and the close reads no deck.
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(CloseMeetingBenchmark.MeetingsPerIteration)]
public class CloseMeetingBenchmark
{
    /// <summary>Invocations per iteration, which is also the number of meetings prepared before each iteration.</summary>
    public const int MeetingsPerIteration = 16;

    /// <summary>Next steps of every meeting.</summary>
    public const int NextStepCount = 10;

    private readonly Queue<Guid> openMeetings = new();
    private DataverseEmulator? emulator;
    private IOrganizationService? service;
    private EntityReference? organizer;
    private EntityReference? stepOwner;
    private DateTime start;

    [GlobalSetup]
    public void StartEmulator()
    {
        emulator = BenchmarkEnvironment.StartEmulator(TimeProvider.System);
        emulator.SetEnvironmentVariable("cor_PartnershipGoalsRuleLevel", "Off");
        service = emulator.Service;
        organizer = CreateUser("Anna", "Schmidt");
        stepOwner = CreateUser("Ravi", "Patel");
        start = DateTime.UtcNow.Date.AddDays(35).AddHours(14);

        // BenchmarkDotNet writes the setup's console output into its log, so the counts appear beside the timings.
        WriteCalls("an Update", CountCallsOfOneClose(id => service.Update(CloseMeetingScenario.Completed(id))));
        WriteCalls("cor_CloseMeeting", CountCallsOfOneClose(id => service.Execute(CloseRequest(id))));
    }

    [IterationSetup]
    public void PrepareMeetings()
    {
        openMeetings.Clear();
        for (var i = 0; i < MeetingsPerIteration; i++)
        {
            openMeetings.Enqueue(CloseMeetingScenario.CreateConfirmedMeeting(service!, organizer!, stepOwner!, start));
        }
    }

    [GlobalCleanup]
    public void StopEmulator() => emulator?.Dispose();

    [Benchmark(Baseline = true)]
    public void CloseWithTenNextSteps() => service!.Update(CloseMeetingScenario.Completed(openMeetings.Dequeue()));

    /// <summary>Closes through the Custom API cor_CloseMeeting, which adds one query for the returned task ids.</summary>
    [Benchmark]
    public OrganizationResponse CloseThroughCustomApi() => service!.Execute(CloseRequest(openMeetings.Dequeue()));

    /// <summary>
    /// Closes one more meeting outside the measured runs and returns the service calls of that one close, counted by
    /// the emulator per request name, the top-level request included.
    /// </summary>
    public IReadOnlyDictionary<string, int> CountCallsOfOneClose(Action<Guid> close)
    {
        var meetingId = CloseMeetingScenario.CreateConfirmedMeeting(service!, organizer!, stepOwner!, start);
        emulator!.ClearLogs();
        close(meetingId);
        return emulator.ServiceCalls.Single().Counts;
    }

    private static OrganizationRequest CloseRequest(Guid meetingId) => new("cor_CloseMeeting")
    {
        ["Target"] = new EntityReference("cor_meeting", meetingId),
        ["Summary"] = "Adoption is on track. The customer wants the reporting module next quarter.",
    };

    private static void WriteCalls(string route, IReadOnlyDictionary<string, int> counts) => Console.WriteLine(
        "// Service calls of one close with {0} next steps through {1}: {2}, total {3}",
        NextStepCount,
        route,
        string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")),
        counts.Values.Sum());

    private EntityReference CreateUser(string firstName, string lastName) => new(
        "systemuser", service!.Create(new Entity("systemuser") { ["firstname"] = firstName, ["lastname"] = lastName }));
}
