using System;
using System.Collections.Generic;
using System.Text;

namespace Cor.Cli.Demo.Output;

/// <summary>Breaks text into lines of at most a given width, at spaces, so long messages read well in a terminal.</summary>
internal static class TextWrapper
{
    /// <summary>
    /// Returns the lines of the text, each at most <paramref name="width"/> characters long unless a single word is
    /// longer, which gets a line of its own. Line breaks in the text are kept.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        if (width < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "The width must be at least 1 character.");
        }

        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            WrapParagraph(paragraph.TrimEnd('\r'), width, lines);
        }

        return lines;
    }

    private static void WrapParagraph(string paragraph, int width, List<string> lines)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        lines.Add(line.ToString());
    }
}
