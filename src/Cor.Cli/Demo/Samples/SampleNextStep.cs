namespace Cor.Cli.Demo.Samples;

/// <summary>A next step agreed in a sample meeting, owned by a user and due some days after the demo runs.</summary>
internal sealed record SampleNextStep(string Description, string Owner, int DueInDays);
