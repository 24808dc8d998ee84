using System.Collections.Generic;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// Asynchronous step runs waiting for their operation to commit, in the order they were queued.
/// </summary>
internal sealed class AsyncQueue
{
    private readonly List<AsyncJob> _jobs = new();

    public int Count => _jobs.Count;

    public void Enqueue(AsyncJob job) => _jobs.Add(job);

    /// <summary>Drops the jobs queued after a mark, because the operation that queued them rolled back.</summary>
    public void TruncateTo(int mark)
    {
        if (mark < _jobs.Count)
        {
            _jobs.RemoveRange(mark, _jobs.Count - mark);
        }
    }

    public bool TryDequeue(out AsyncJob job)
    {
        if (_jobs.Count == 0)
        {
            job = null!;
            return false;
        }

        job = _jobs[0];
        _jobs.RemoveAt(0);
        return true;
    }
}

/// <summary>An asynchronous step with the context captured when its operation ran.</summary>
internal sealed record AsyncJob(PluginStep Step, PluginContext Context);
