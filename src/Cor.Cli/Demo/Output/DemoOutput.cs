using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cor.Cli.Demo.Steps;
using Cor.Emulator;

namespace Cor.Cli.Demo.Output;

/// <summary>
/// Writes the demo for a terminal: numbered steps, the outcome in brackets, messages in quotes and each plugin run's
/// trace indented below it. Long lines are wrapped at <see cref="Width"/> characters.
/// </summary>
internal sealed class DemoOutput
{
    /// <summary>Maximum line length, in characters, of wrapped text.</summary>
    public const int Width = 120;

    private const string DetailIndent = "     ";
    private const string TraceIndent = "         ";
    private const string ContinuationIndent = "  ";

    private readonly TextWriter writer;
    private readonly bool verbose;

    /// <param name="writer">Where the demo is written.</param>
    /// <param name="verbose">Whether to write every trace line, the plugin's entry and exit lines included.</param>
    public DemoOutput(TextWriter writer, bool verbose)
    {
        this.writer = writer;
        this.verbose = verbose;
    }

    public void WriteLine(string text = "") => writer.WriteLine(text);

    public void WriteHeading(string title)
    {
        writer.WriteLine();
        writer.WriteLine(title);
        writer.WriteLine(new string('=', title.Length));
    }

    /// <summary>Writes a paragraph, wrapped, without indentation.</summary>
    public void WriteParagraph(string text) => WriteWrapped(string.Empty, string.Empty, text);

    public void WriteStep(StepResult result)
    {
        var number = $"{result.Number,3}. ";
        WriteWrapped(number, new string(' ', number.Length), result.Step.Title);
        WriteWrapped(DetailIndent, DetailIndent + ContinuationIndent, DescribeOutcome(result));
        foreach (var fact in result.Recorder.Facts)
        {
            WriteWrapped(DetailIndent + "- ", DetailIndent + ContinuationIndent, fact);
        }

        foreach (var execution in result.Executions)
        {
            WriteExecution(execution, result.Message);
        }

        if (result.MismatchReason is string reason)
        {
            WriteWrapped(DetailIndent, DetailIndent + ContinuationIndent, "UNEXPECTED: " + reason + ".");
        }
    }

    private static string DescribeOutcome(StepResult result)
    {
        var marker = result.Outcome switch
        {
            StepOutcome.Accepted => "[accepted]",
            StepOutcome.Rejected => "[rejected]",
            _ => "[failed]",
        };
        return result.Message == null ? marker : $"{marker} \"{result.Message}\"";
    }

    private void WriteExecution(PluginExecution execution, string? message)
    {
        var lines = TraceLines(execution.TraceText, message).ToList();
        var run = $"{ShortTypeName(execution.TypeName)} on {execution.MessageName} of {execution.PrimaryEntityName}, "
            + $"stage {execution.Stage}";
        if (lines.Count == 0)
        {
            writer.WriteLine($"{DetailIndent}{run} ran; --verbose shows its trace");
            return;
        }

        writer.WriteLine($"{DetailIndent}trace of {run}:");
        foreach (var line in lines)
        {
            WriteWrapped(TraceIndent, TraceIndent + ContinuationIndent, line);
        }
    }

    /// <summary>
    /// Returns the trace lines to show. Without --verbose, the plugin base's entry and exit lines are left out,
    /// because they repeat the step and the correlation id on every run, and so is a line that ends with the
    /// rejection message, which the step already quotes.
    /// </summary>
    private IEnumerable<string> TraceLines(string traceText, string? message)
    {
        var lines = traceText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
        if (verbose)
        {
            return lines;
        }

        return lines.Where(l => !IsEntryOrExitLine(l) && !(message != null && l.EndsWith(message, StringComparison.Ordinal)));
    }

    private static bool IsEntryOrExitLine(string line) =>
        line.StartsWith("Entered ", StringComparison.Ordinal) || line.StartsWith("Exiting ", StringComparison.Ordinal);

    private static string ShortTypeName(string typeName)
    {
        var name = typeName.Split(',')[0];
        var lastDot = name.LastIndexOf('.');
        return lastDot < 0 ? name : name[(lastDot + 1)..];
    }

    private void WriteWrapped(string firstIndent, string nextIndent, string text)
    {
        var lines = TextWrapper.Wrap(text, Width - nextIndent.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            writer.WriteLine((i == 0 ? firstIndent : nextIndent) + lines[i]);
        }
    }
}
