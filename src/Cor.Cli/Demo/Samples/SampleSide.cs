namespace Cor.Cli.Demo.Samples;

/// <summary>Side of an attendee, with the option values of <c>cor_attendee.cor_side</c>.</summary>
internal enum SampleSide
{
    Customer = 107350000,
    Vendor = 107350001,
}
