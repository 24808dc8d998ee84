using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Cor.Emulator;
using Microsoft.Xrm.Sdk;

namespace Cor.Benchmarks;

/// <summary>
/// One close of a Confirmed COR meeting with 10 next steps through the emulator's pipeline: the meeting rules at
/// PreOperation, then the follow-up step at PostOperation, which creates 13 tasks in the same transaction.
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
        var counts = CountCallsOfOneClose();
        Console.WriteLine(
            "// Service calls of one close with {0} next steps: {1}, total {2}",
            NextStepCount,
            string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")),
            counts.Values.Sum());
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

    [Benchmark]
    public void CloseWithTenNextSteps() => service!.Update(CloseMeetingScenario.Completed(openMeetings.Dequeue()));

    /// <summary>
    /// Closes one more meeting outside the measured runs and returns the service calls of that one close, counted by
    /// the emulator per request name, the top-level Update included.
    /// </summary>
    public IReadOnlyDictionary<string, int> CountCallsOfOneClose()
    {
        var meetingId = CloseMeetingScenario.CreateConfirmedMeeting(service!, organizer!, stepOwner!, start);
        emulator!.ClearLogs();
        service!.Update(CloseMeetingScenario.Completed(meetingId));
        return emulator.ServiceCalls.Single().Counts;
    }

    private EntityReference CreateUser(string firstName, string lastName) => new(
        "systemuser", service!.Create(new Entity("systemuser") { ["firstname"] = firstName, ["lastname"] = lastName }));
}
