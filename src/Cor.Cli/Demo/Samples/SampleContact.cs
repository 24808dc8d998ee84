namespace Cor.Cli.Demo.Samples;

/// <summary>A person on the customer side, read from <c>contacts.json</c>. Meetings refer to it by its key.</summary>
internal sealed record SampleContact(string Key, string FirstName, string LastName, string? JobTitle = null, string? Email = null);
