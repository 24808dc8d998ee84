using System;
using System.Runtime.ExceptionServices;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// Runs one plugin step, records the run with its trace in the execution log, and maps what the plugin throws.
/// </summary>
/// <remarks>
/// An InvalidPluginExecutionException, a <see cref="DataverseFaultException"/> from a nested request and an
/// <see cref="EmulatorConfigurationException"/> pass through unchanged. Any other exception becomes an
/// InvalidPluginExecutionException "An unexpected error occurred from ISV code." with the original as inner
/// exception, which is the message Dataverse shows for such errors.
/// </remarks>
internal sealed class PluginInvoker
{
    public const string UnexpectedErrorMessage = "An unexpected error occurred from ISV code.";

    private readonly ExecutionLog _log;
    private readonly Func<Guid?, PluginContext, IOrganizationService> _serviceFactory;

    public PluginInvoker(ExecutionLog log, Func<Guid?, PluginContext, IOrganizationService> serviceFactory)
    {
        _log = log;
        _serviceFactory = serviceFactory;
    }

    /// <summary>Runs the step; throws the mapped exception after recording the run.</summary>
    public void Invoke(PluginStep step, PluginContext context, int attempt = 1)
    {
        var tracing = new TracingService();
        var provider = new PluginServiceProvider(context, tracing, _serviceFactory);
        Exception? failure = null;
        try
        {
            step.GetInstance().Execute(provider);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        _log.Add(new PluginExecution(step.Name, step.TypeName, context.MessageName, context.PrimaryEntityName,
            context.PrimaryEntityId, context.Stage, context.Mode, context.Depth, tracing.GetText(), failure)
        {
            Attempt = attempt,
        });
        if (failure is not null)
        {
            throw Map(failure);
        }
    }

    private static Exception Map(Exception exception)
    {
        if (exception is InvalidPluginExecutionException or DataverseFaultException or EmulatorConfigurationException)
        {
            ExceptionDispatchInfo.Capture(exception).Throw();
        }

        return new InvalidPluginExecutionException(UnexpectedErrorMessage, exception);
    }
}
