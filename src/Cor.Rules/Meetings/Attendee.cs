using System;

namespace Cor.Rules.Meetings;

/// <summary>
/// Meeting attendee with the columns that the rules check: name, side, whether attendance is required, and when
/// the attendee confirmed.
/// </summary>
public sealed class Attendee
{
    public Attendee(string name, AttendeeSide? side, bool isRequired, DateTime? confirmedOn)
    {
        Name = name;
        Side = side;
        IsRequired = isRequired;
        ConfirmedOn = confirmedOn;
    }

    public string Name { get; }

    /// <summary>Side of the attendee, or null when the record has none.</summary>
    public AttendeeSide? Side { get; }

    public bool IsRequired { get; }

    /// <summary>Time of the confirmation in UTC, or null when the attendee has not confirmed.</summary>
    public DateTime? ConfirmedOn { get; }
}
