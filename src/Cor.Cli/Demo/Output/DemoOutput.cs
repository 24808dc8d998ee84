using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cor.Cli.Demo.Steps;
using Cor.Emulator;

namespace Cor.Cli.Demo.Output;

/// <summary>
/// Writes the demo for a terminal: numbered steps, the outcome in brackets, messages in quotes and each plugin run's
/// trace indented below it.
/// </summary>
internal sealed class DemoOutput
{
    private const string DetailIndent = "     ";
    private const string TraceIndent = "         ";

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

    /// <summary>Writes a paragraph that explains the next steps, indented like step details.</summary>
    public void WriteNote(string text) => writer.WriteLine(text);

    public void WriteStep(StepResult result)
    {
        writer.WriteLine($"{result.Number,3}. {result.Step.Title}");
        writer.WriteLine(DetailIndent + DescribeOutcome(result));
        foreach (var fact in result.Recorder.Facts)
        {
            writer.WriteLine(DetailIndent + "- " + fact);
        }

        foreach (var execution in result.Executions)
        {
            WriteExecution(execution);
        }

        if (result.MismatchReason is string reason)
        {
            writer.WriteLine(DetailIndent + "UNEXPECTED: " + reason + ".");
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

    private void WriteExecution(PluginExecution execution)
    {
        var lines = TraceLines(execution.TraceText).ToList();
        writer.WriteLine(
            $"{DetailIndent}trace of {ShortTypeName(execution.TypeName)} on {execution.MessageName} of "
            + $"{execution.PrimaryEntityName}, stage {execution.Stage}{(lines.Count == 0 ? ": no lines" : ":")}");
        foreach (var line in lines)
        {
            writer.WriteLine(TraceIndent + line);
        }
    }

    /// <summary>
    /// Returns the trace lines to show. Without --verbose the plugin base's entry and exit lines are left out,
    /// because they repeat the step and the correlation id on every run.
    /// </summary>
    private IEnumerable<string> TraceLines(string traceText)
    {
        var lines = traceText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));
        return verbose ? lines : lines.Where(l => !IsEntryOrExitLine(l));
    }

    private static bool IsEntryOrExitLine(string line) =>
        line.StartsWith("Entered ", StringComparison.Ordinal) || line.StartsWith("Exiting ", StringComparison.Ordinal);

    private static string ShortTypeName(string typeName)
    {
        var name = typeName.Split(',')[0];
        var lastDot = name.LastIndexOf('.');
        return lastDot < 0 ? name : name[(lastDot + 1)..];
    }
}
