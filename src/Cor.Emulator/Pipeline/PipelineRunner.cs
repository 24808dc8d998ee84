using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// Runs a message through the event pipeline: PreValidation (10), then PreOperation (20), the main operation (30) and
/// synchronous PostOperation (40) in one transaction, then the queued asynchronous steps after commit.
/// </summary>
internal sealed class PipelineRunner
{
    /// <summary>Maximum depth of nested plugin calls before Dataverse treats the chain as an infinite loop.</summary>
    public const int MaxDepth = 8;

    /// <summary>
    /// Message of a request sent in a transaction that an earlier failed request aborted, as when a plugin catches
    /// the exception of a nested request and carries on.
    /// </summary>
    public const string NoActiveTransactionMessage =
        "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from " +
        "service calls and continue processing.";

    public const string InfiniteLoopMessage =
        "This workflow job was canceled because the workflow that started it included an infinite loop. " +
        "Correct the workflow logic and try again.";

    private readonly StepRegistry _steps;
    private readonly ContextBuilder _contexts;
    private readonly PluginInvoker _invoker;
    private readonly SqliteStore _store;
    private readonly TimeProvider _clock;
    private readonly Func<OperationRecord, Entity?> _readRecord;
    private readonly AsyncQueue _asyncQueue = new();
    private readonly AsyncRunner _asyncRunner;
    private int _activeOperations;

    public PipelineRunner(
        StepRegistry steps, ContextBuilder contexts, PluginInvoker invoker, SqliteStore store, TimeProvider clock,
        Func<OperationRecord, Entity?> readRecord)
    {
        _steps = steps;
        _contexts = contexts;
        _invoker = invoker;
        _store = store;
        _clock = clock;
        _readRecord = readRecord;
        _asyncRunner = new AsyncRunner(_asyncQueue, invoker, store);
    }

    /// <summary>
    /// Runs the operation. Any exception from a synchronous step or the main operation rolls back everything the
    /// operation (and the transaction it joined) wrote, and reaches the caller.
    /// </summary>
    public void Execute(MessageOperation operation, ServiceCaller caller)
    {
        var frame = new OperationFrame(operation, caller, _clock.GetUtcNow().UtcDateTime, ownsTransaction: !_store.InTransaction);
        if (!frame.OwnsTransaction && _store.IsAborted)
        {
            throw new DataverseFaultException(DataverseFaultException.Unspecified, NoActiveTransactionMessage);
        }

        _activeOperations++;
        try
        {
            Run(frame, operation);
        }
        catch when (!frame.OwnsTransaction)
        {
            // Dataverse rolls back the whole transaction when a nested request fails, even if a plugin catches it.
            _store.MarkAborted();
            throw;
        }
        finally
        {
            _activeOperations--;
        }

        if (_activeOperations == 0 && !_store.InTransaction)
        {
            _asyncRunner.Drain();
        }
    }

    /// <summary>
    /// Runs several requests in one transaction, as ExecuteTransaction does: any failure rolls back all of them, and
    /// their asynchronous steps run only after the commit.
    /// </summary>
    public T RunInTransaction<T>(Func<T> requests)
    {
        if (_store.InTransaction)
        {
            return requests();
        }

        var asyncMark = _asyncQueue.Count;
        _store.BeginTransaction();
        T result;
        try
        {
            result = requests();
            CommitUnlessAborted();
        }
        catch
        {
            _store.Rollback();
            _asyncQueue.TruncateTo(asyncMark);
            throw;
        }

        _asyncRunner.Drain();
        return result;
    }

    private void Run(OperationFrame frame, MessageOperation operation)
    {
        if (frame.Depth > MaxDepth)
        {
            throw new DataverseFaultException(DataverseFaultException.Unspecified, InfiniteLoopMessage);
        }

        operation.RequireRecords?.Invoke(operation);
        RunStage(frame, operation, (int)PipelineStage.PreValidation, (int)StepMode.Synchronous);
        frame.PreValidationContext = _contexts.BuildPreValidationParent(frame);
        RunTransaction(frame, operation.Split is null ? new[] { operation } : operation.Split(operation));
    }

    private void RunTransaction(OperationFrame frame, IReadOnlyList<MessageOperation> passes)
    {
        var asyncMark = _asyncQueue.Count;
        if (frame.OwnsTransaction)
        {
            _store.BeginTransaction();
        }

        try
        {
            foreach (var pass in passes)
            {
                RunPass(frame, pass);
            }

            if (frame.OwnsTransaction)
            {
                CommitUnlessAborted();
            }
        }
        catch
        {
            if (frame.OwnsTransaction)
            {
                _store.Rollback();
            }

            _asyncQueue.TruncateTo(asyncMark);
            throw;
        }
    }

    private void CommitUnlessAborted()
    {
        if (_store.IsAborted)
        {
            throw new DataverseFaultException(DataverseFaultException.Unspecified, NoActiveTransactionMessage);
        }

        _store.Commit();
    }

    private void RunPass(OperationFrame frame, MessageOperation pass)
    {
        var messages = Messages(pass);
        var imageSteps = _steps.Find(messages, pass.TableName, (int)PipelineStage.PreOperation, 0)
            .Concat(_steps.Find(messages, pass.TableName, (int)PipelineStage.PostOperation, 0))
            .Concat(_steps.Find(messages, pass.TableName, (int)PipelineStage.PostOperation, 1))
            .ToList();
        if (pass.SupportsPreImage && ImageBuilder.NeedsImages(imageSteps, pre: true))
        {
            CaptureImages(pass, pre: true);
        }

        pass.BeforePreOperation?.Invoke(pass);
        RunStage(frame, pass, (int)PipelineStage.PreOperation, (int)StepMode.Synchronous);
        RunMainOperation(frame, pass);
        if (pass.SupportsPostImage && ImageBuilder.NeedsImages(imageSteps, pre: false))
        {
            CaptureImages(pass, pre: false);
        }

        RunStage(frame, pass, (int)PipelineStage.PostOperation, (int)StepMode.Synchronous);
        QueueAsyncSteps(frame, pass);
    }

    private void RunMainOperation(OperationFrame frame, MessageOperation pass)
    {
        if (pass.MainOperationStep is null)
        {
            pass.Core(pass);
            return;
        }

        var invocation = new StepInvocation(pass.MessageName, pass.Input, pass.Output, pass.Records.ToList(), false);
        var context = _contexts.Build(frame, pass.MainOperationStep, invocation, (int)PipelineStage.MainOperation, 0);
        _invoker.Invoke(pass.MainOperationStep, context);
    }

    private void RunStage(OperationFrame frame, MessageOperation pass, int stage, int mode)
    {
        foreach (var step in _steps.Find(Messages(pass), pass.TableName, stage, mode))
        {
            foreach (var invocation in StepInvocation.For(step, pass, stage))
            {
                if (invocation.PassesFilter(step, pass))
                {
                    _invoker.Invoke(step, _contexts.Build(frame, step, invocation, stage, mode));
                }
            }
        }
    }

    private void QueueAsyncSteps(OperationFrame frame, MessageOperation pass)
    {
        const int stage = (int)PipelineStage.PostOperation;
        foreach (var step in _steps.Find(Messages(pass), pass.TableName, stage, (int)StepMode.Asynchronous))
        {
            foreach (var invocation in StepInvocation.For(step, pass, stage).Where(i => i.PassesFilter(step, pass)))
            {
                var context = _contexts.Build(frame, step, invocation, stage, (int)StepMode.Asynchronous);
                _asyncQueue.Enqueue(new AsyncJob(step, context));
            }
        }
    }

    private void CaptureImages(MessageOperation pass, bool pre)
    {
        foreach (var record in pass.Records)
        {
            var image = _readRecord(record);
            if (pre)
            {
                record.PreImage = image;
            }
            else
            {
                record.PostImage = image;
            }
        }
    }

    private static string[] Messages(MessageOperation pass) =>
        pass.FanOutMessage is null ? new[] { pass.MessageName } : new[] { pass.MessageName, pass.FanOutMessage };
}
