using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Cor.Rules;

/// <summary>
/// Formats values for rule messages the same way everywhere, independent of the server's culture.
/// </summary>
public static class TextFormat
{
    /// <summary>Formats a UTC time as "2026-12-04 15:30 UTC".</summary>
    public static string Time(DateTime utc) =>
        utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>Formats a UTC date as "2026-12-04".</summary>
    public static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Returns "1 goal" or "2 goals": the count with the singular or plural noun.</summary>
    public static string Count(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    /// <summary>
    /// Formats a length as "90 minutes" or "60 minutes 30 seconds", with fractions of a second as "0.25 seconds".
    /// </summary>
    public static string Length(TimeSpan length)
    {
        var minutes = (int)Math.Floor(length.TotalMinutes);
        var seconds = (decimal)(length - TimeSpan.FromMinutes(minutes)).Ticks / TimeSpan.TicksPerSecond;
        var minutesText = Count(minutes, "minute", "minutes");
        if (seconds == 0)
        {
            return minutesText;
        }

        var secondsText = seconds.ToString("0.#######", CultureInfo.InvariantCulture);
        return minutesText + " " + secondsText + (seconds == 1 ? " second" : " seconds");
    }

    /// <summary>Joins items as "A", "A and B", "A, B and C".</summary>
    public static string Conjunction(IReadOnlyList<string> items)
    {
        if (items.Count <= 1)
        {
            return string.Join(string.Empty, items);
        }

        var head = string.Join(", ", items.Take(items.Count - 1));
        return head + " and " + items[items.Count - 1];
    }

    /// <summary>Joins items as "A", "A or B", "A, B or C".</summary>
    public static string Alternatives(params string[] items)
    {
        if (items.Length <= 1)
        {
            return string.Join(string.Empty, items);
        }

        var head = string.Join(", ", items, 0, items.Length - 1);
        return head + " or " + items[items.Length - 1];
    }
}
