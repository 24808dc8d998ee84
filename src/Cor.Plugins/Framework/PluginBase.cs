using System;
using System.Diagnostics;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Framework;

/// <summary>
/// Base of every COR plugin. Resolves the services into a <see cref="LocalPluginContext"/>, traces entry and exit
/// with the correlation id and the elapsed time, and lets only <see cref="InvalidPluginExecutionException"/> leave.
/// </summary>
/// <remarks>
/// Dataverse caches one instance per step and may run it on several threads, so subclasses keep no state in fields.
/// </remarks>
public abstract class PluginBase : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider == null)
        {
            throw new InvalidPluginExecutionException(
                "The plugin received no service provider. Run the plugin in the Dataverse pipeline.");
        }

        var context = LocalPluginContext.Create(serviceProvider);
        var pluginName = GetType().FullName ?? GetType().Name;
        var stopwatch = Stopwatch.StartNew();
        TraceEntry(context, pluginName);
        try
        {
            ExecuteCore(context);
        }
        catch (InvalidPluginExecutionException exception)
        {
            context.Trace("{0} rejected the operation: {1}", pluginName, exception.Message);
            throw;
        }
        catch (Exception exception)
        {
            context.Trace("{0} failed with {1}", pluginName, exception.ToString());
            var message = UnexpectedFailureMessage(context, pluginName, exception);
            throw new InvalidPluginExecutionException(message, exception);
        }
        finally
        {
            context.Trace(
                "Exiting {0}.Execute() after {1} ms, correlation id {2}.",
                pluginName,
                stopwatch.ElapsedMilliseconds,
                context.ExecutionContext.CorrelationId);
        }
    }

    /// <summary>
    /// Runs the plugin's logic. Throws <see cref="InvalidPluginExecutionException"/> to reject the save.
    /// </summary>
    protected abstract void ExecuteCore(LocalPluginContext context);

    private static void TraceEntry(LocalPluginContext context, string pluginName)
    {
        var execution = context.ExecutionContext;
        context.Trace(
            "Entered {0}.Execute() for {1} of {2} {3}, stage {4}, depth {5}, correlation id {6}.",
            pluginName,
            execution.MessageName,
            execution.PrimaryEntityName,
            execution.PrimaryEntityId,
            execution.Stage,
            execution.Depth,
            execution.CorrelationId);
    }

    private static string UnexpectedFailureMessage(LocalPluginContext context, string pluginName, Exception exception)
    {
        var execution = context.ExecutionContext;
        return $"{pluginName} failed on {execution.MessageName} of {execution.PrimaryEntityName} "
            + $"{execution.PrimaryEntityId}: {exception.Message} The plug-in trace log for correlation id "
            + $"{execution.CorrelationId} has the details. Report it to the CorDataverse administrator.";
    }
}
