using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// Runs queued asynchronous steps after their operation commits, each in its own transaction. A failure is recorded
/// in the execution log and never reaches the caller; InvalidPluginExecutionException with OperationStatus.Retry is
/// retried up to <see cref="MaxRetries"/> times.
/// </summary>
internal sealed class AsyncRunner
{
    /// <summary>Maximum retries of an asynchronous step that throws with OperationStatus.Retry, as in Dataverse.</summary>
    public const int MaxRetries = 4;

    private readonly AsyncQueue _queue;
    private readonly PluginInvoker _invoker;
    private readonly SqliteStore _store;
    private bool _draining;

    public AsyncRunner(AsyncQueue queue, PluginInvoker invoker, SqliteStore store)
    {
        _queue = queue;
        _invoker = invoker;
        _store = store;
    }

    /// <summary>Runs every queued job, including jobs that those jobs queue.</summary>
    public void Drain()
    {
        if (_draining)
        {
            return;
        }

        _draining = true;
        try
        {
            while (_queue.TryDequeue(out var job))
            {
                Run(job);
            }
        }
        finally
        {
            _draining = false;
        }
    }

    private void Run(AsyncJob job)
    {
        for (var attempt = 1; attempt <= MaxRetries + 1; attempt++)
        {
            if (TryRun(job, attempt, out var retry) || !retry)
            {
                return;
            }
        }
    }

    /// <summary>Rolls back a failed job and drops the asynchronous jobs its own requests queued.</summary>
    private void Discard(int queuedBefore)
    {
        _store.Rollback();
        _queue.TruncateTo(queuedBefore);
    }

    private bool TryRun(AsyncJob job, int attempt, out bool retry)
    {
        retry = false;
        var queuedBefore = _queue.Count;
        _store.BeginTransaction();
        try
        {
            _invoker.Invoke(job.Step, job.Context, attempt);
            if (_store.IsAborted)
            {
                Discard(queuedBefore);
                return false;
            }

            _store.Commit();
            return true;
        }
        catch (InvalidPluginExecutionException exception)
        {
            Discard(queuedBefore);
            retry = exception.Status == OperationStatus.Retry;
            return false;
        }
        catch (System.Exception)
        {
            // The failure is already in the execution log, as a system job failure would be in Dataverse.
            Discard(queuedBefore);
            return false;
        }
    }
}
