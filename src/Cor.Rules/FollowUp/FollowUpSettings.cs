using System.Globalization;
using Cor.Rules.Settings;

namespace Cor.Rules.FollowUp;

/// <summary>
/// Environment variable of the follow-up tasks: how many hours after the meeting's scheduled end the follow-up is due.
/// </summary>
public static class FollowUpSettings
{
    /// <summary>Largest accepted value, one year, which keeps every due time a valid date.</summary>
    public const int MaxDueHours = 8760;

    public static readonly SettingDefinition DueHours = SettingDefinition.Threshold("cor_FollowUpDueHours", 24);

    /// <summary>
    /// Parses the variable's effective value, a whole number of hours from 1 to <see cref="MaxDueHours"/>. Throws
    /// <see cref="InvalidSettingException"/> naming the variable, the value and the allowed range.
    /// </summary>
    public static int ParseDueHours(string? value)
    {
        var text = value?.Trim();
        var parsed = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hours);
        if (parsed && hours >= 1 && hours <= MaxDueHours)
        {
            return hours;
        }

        var shown = value == null ? "is missing" : $"has the value '{value}'";
        throw new InvalidSettingException(new[]
        {
            $"The environment variable {DueHours.SchemaName} {shown}, but it must be a whole number of hours from 1 "
            + $"to {MaxDueHours.ToString(CultureInfo.InvariantCulture)}. Set it to the hours between the end of a "
            + $"COR meeting and the follow-up's due time, for example {DueHours.DefaultValue}.",
        });
    }
}
