namespace Cor.Cli.Demo.Samples;

/// <summary>Stage of the customer journey, with the values of the global choice <c>cor_journeystage</c>.</summary>
internal enum SampleJourneyStage
{
    Onboarding = 107350000,
    Adoption = 107350001,
    ValueRealisation = 107350002,
    Expansion = 107350003,
    Renewal = 107350004,
}
