namespace Cor.Cli.Demo.Samples;

/// <summary>The customer's feedback on a sample meeting: a score from 0 (worst) to 10 (best) and a comment.</summary>
internal sealed record SampleFeedback(int Score, string? Comment = null);
