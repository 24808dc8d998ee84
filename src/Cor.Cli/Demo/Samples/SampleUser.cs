namespace Cor.Cli.Demo.Samples;

/// <summary>A person on the vendor side, read from <c>users.json</c>. Meetings refer to it by its key.</summary>
internal sealed record SampleUser(string Key, string FirstName, string LastName, string? Title = null, string? Email = null);
