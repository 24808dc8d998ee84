using System.Collections.Generic;

namespace Cor.Emulator;

/// <summary>
/// The service calls of one top-level operation, counted by request name (Create, Retrieve, RetrieveMultiple, ...),
/// including the top-level call itself and every call its plugins made.
/// </summary>
public sealed class ServiceCallCount
{
    private readonly Dictionary<string, int> _counts = new(System.StringComparer.Ordinal);

    public ServiceCallCount(string requestName)
    {
        RequestName = requestName;
    }

    /// <summary>Request name of the top-level call.</summary>
    public string RequestName { get; }

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public int Total { get; private set; }

    /// <summary>Returns the number of calls of one request name, or 0.</summary>
    public int this[string requestName] => _counts.TryGetValue(requestName, out var count) ? count : 0;

    internal void Add(string requestName)
    {
        _counts[requestName] = this[requestName] + 1;
        Total++;
    }
}
