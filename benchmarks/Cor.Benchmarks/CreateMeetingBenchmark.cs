using System;
using BenchmarkDotNet.Attributes;
using Cor.Emulator;
using Microsoft.Xrm.Sdk;

namespace Cor.Benchmarks;

/// <summary>
/// One Create of a valid COR meeting through the emulator's pipeline, with the real meeting plugin at PreOperation:
/// the plugin reads the rule settings from the environment variables, computes the duration and checks the agenda and the schedule.
/// </summary>
[MemoryDiagnoser]
public class CreateMeetingBenchmark
{
    private DataverseEmulator? emulator;
    private IOrganizationService? service;
    private EntityReference? account;
    private EntityReference? organizer;
    private DateTime start;

    [GlobalSetup]
    public void StartEmulator()
    {
        emulator = BenchmarkEnvironment.StartEmulator(TimeProvider.System);
        service = emulator.Service;
        account = new EntityReference("account", service.Create(new Entity("account") { ["name"] = "Northwind Health" }));
        organizer = new EntityReference(
            "systemuser", service.Create(new Entity("systemuser") { ["firstname"] = "Anna", ["lastname"] = "Schmidt" }));
        start = DateTime.UtcNow.Date.AddDays(35).AddHours(14);
    }

    [GlobalCleanup]
    public void StopEmulator() => emulator?.Dispose();

    [Benchmark]
    public Guid CreateValidMeeting() => service!.Create(new Entity("cor_meeting")
    {
        ["cor_name"] = "Northwind Health COR: adoption review",
        ["cor_accountid"] = account!,
        ["cor_agenda"] = "1. Adoption since onboarding\n2. Usage insights\n3. Partnership goals",
        ["cor_objectives"] = "Agree on the partnership goals and their KPIs.",
        ["cor_scheduledstart"] = start,
        ["cor_scheduledend"] = start.AddMinutes(60),
        ["cor_organizerid"] = organizer!,
    });
}
