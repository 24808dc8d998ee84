using System.Collections.Generic;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// The plugin runs of one emulator, in the order they finished.
/// </summary>
internal sealed class ExecutionLog
{
    private readonly List<PluginExecution> _executions = new();
    private readonly object _lock = new();

    public IReadOnlyList<PluginExecution> Snapshot()
    {
        lock (_lock)
        {
            return _executions.ToArray();
        }
    }

    public void Add(PluginExecution execution)
    {
        lock (_lock)
        {
            _executions.Add(execution);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _executions.Clear();
        }
    }
}
