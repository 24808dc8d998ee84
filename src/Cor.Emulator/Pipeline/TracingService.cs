using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// Collects one plugin run's trace as the sandbox does: a call without arguments writes the text verbatim, a call
/// with arguments uses string.Format. The text is capped at <see cref="MaxLength"/> characters, keeping head and tail.
/// </summary>
internal sealed class TracingService : ITracingService
{
    /// <summary>Size limit of the trace of one plugin run, as in the PluginTraceLog message block (10 KB).</summary>
    public const int MaxLength = 10 * 1024;

    private const string CutMarker = "\n... [trace cut: over 10 KB] ...\n";

    private readonly StringBuilder _text = new();

    public void Trace(string format, params object[] args)
    {
        var line = args is null || args.Length == 0
            ? format
            : string.Format(CultureInfo.InvariantCulture, format, args);
        _text.Append(line).Append('\n');
    }

    /// <summary>Returns the trace, keeping the first and last parts when it is longer than the cap.</summary>
    public string GetText()
    {
        var text = _text.ToString();
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var keep = (MaxLength - CutMarker.Length) / 2;
        return text[..keep] + CutMarker + text[^keep..];
    }
}
