using System.Collections.Generic;

namespace Cor.Emulator.Messages;

/// <summary>
/// Counts service calls by request name for each top-level operation, including the calls plugins make.
/// </summary>
internal sealed class ServiceCallCounter
{
    private readonly List<ServiceCallCount> _operations = new();
    private int _openCalls;

    public IReadOnlyList<ServiceCallCount> Operations => _operations;

    /// <summary>Counts a call; a call made while no other call is open starts a new top-level operation.</summary>
    public void Enter(string requestName)
    {
        if (_openCalls == 0)
        {
            _operations.Add(new ServiceCallCount(requestName));
        }

        _openCalls++;
        _operations[^1].Add(requestName);
    }

    public void Exit() => _openCalls--;

    public void Clear() => _operations.Clear();
}
