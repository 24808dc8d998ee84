namespace Cor.Cli.Demo.Samples;

/// <summary>
/// An attendee of a sample meeting: a contact (customer side) or a user (vendor side), named by key. When
/// <see cref="Confirmed"/> is true, the demo confirms the attendance on the day it runs.
/// </summary>
internal sealed record SampleAttendee(
    SampleSide Side,
    SampleLevel Level,
    bool Required,
    bool Confirmed,
    string? Contact = null,
    string? User = null);
