using System;

namespace Cor.Cli.Demo.Samples;

/// <summary>The customer account of the demo scenario, read from <c>account.json</c>.</summary>
internal sealed record SampleAccount(
    string Name,
    string? AccountNumber = null,
    string? City = null,
    DateOnly? CustomerSince = null,
    SampleJourneyStage? JourneyStage = null,
    bool CorAgreed = false,
    DateOnly? CorAgreedOn = null);
