using System;
using System.Collections.Generic;
using System.Linq;

namespace Cor.Emulator.Metadata;

/// <summary>
/// Finds known names close to a misspelt one, for error messages.
/// </summary>
internal static class NameSuggester
{
    private const int MaxSuggestions = 3;

    public static IReadOnlyList<string> Suggest(string name, IEnumerable<string> candidates)
    {
        var lowered = name.ToLowerInvariant();
        var threshold = Math.Max(2, lowered.Length / 3);
        return candidates
            .Select(candidate => (candidate, distance: Distance(lowered, candidate)))
            .Where(pair => pair.distance <= threshold || pair.candidate.Contains(lowered, StringComparison.Ordinal))
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.candidate, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(pair => pair.candidate)
            .ToList();
    }

    /// <summary>Computes the Levenshtein edit distance between two strings.</summary>
    private static int Distance(string source, string target)
    {
        var previous = new int[target.Length + 1];
        var current = new int[target.Length + 1];
        for (var j = 0; j <= target.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= source.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= target.Length; j++)
            {
                var cost = source[i - 1] == target[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[target.Length];
    }
}
