namespace Microsoft.Xrm.Sdk;

/// <summary>Writes lines to the plugin trace log.</summary>
public interface ITracingService
{
    /// <summary>Writes one trace line. With no arguments the format is written verbatim.</summary>
    void Trace(string format, params object[] args);
}
