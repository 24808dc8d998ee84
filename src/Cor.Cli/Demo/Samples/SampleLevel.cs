namespace Cor.Cli.Demo.Samples;

/// <summary>Organisational level of an attendee, with the option values of <c>cor_attendee.cor_level</c>.</summary>
internal enum SampleLevel
{
    Executive = 107350000,
    Manager = 107350001,
    Practitioner = 107350002,
}
