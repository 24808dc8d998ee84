namespace Cor.Rules.Meetings;

/// <summary>
/// Side of a meeting attendee, with the option values of cor_attendee.cor_side.
/// </summary>
public enum AttendeeSide
{
    Customer = 107350000,
    Vendor = 107350001,
}
