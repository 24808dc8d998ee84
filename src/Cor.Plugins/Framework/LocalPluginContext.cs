using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Framework;

/// <summary>
/// Services of one plugin execution, resolved once from the service provider. Never stored beyond the execution.
/// </summary>
public sealed class LocalPluginContext
{
    private LocalPluginContext(
        IPluginExecutionContext executionContext,
        ITracingService tracingService,
        IOrganizationService organizationService)
    {
        ExecutionContext = executionContext;
        TracingService = tracingService;
        OrganizationService = organizationService;
    }

    public IPluginExecutionContext ExecutionContext { get; }

    public ITracingService TracingService { get; }

    /// <summary>Organization service that runs as the user who started the operation.</summary>
    public IOrganizationService OrganizationService { get; }

    public string MessageName => ExecutionContext.MessageName;

    /// <summary>Resolves the execution context, the tracing service and the organization service.</summary>
    public static LocalPluginContext Create(IServiceProvider serviceProvider)
    {
        var executionContext = Resolve<IPluginExecutionContext>(serviceProvider);
        var tracingService = Resolve<ITracingService>(serviceProvider);
        var factory = Resolve<IOrganizationServiceFactory>(serviceProvider);
        var organizationService = factory.CreateOrganizationService(executionContext.UserId);
        return new LocalPluginContext(executionContext, tracingService, organizationService);
    }

    /// <summary>Writes one line to the plugin trace log. Braces in the arguments are written as they are.</summary>
    public void Trace(string format, params object[] args) => TracingService.Trace(format, args);

    /// <summary>Traces why the plugin stops early, so the trace log explains why no rule ran.</summary>
    public void TraceSkip(string reason) => TracingService.Trace("Skipped: {0}", reason);

    /// <summary>Returns the Target of a Create or Update, or throws when the step is on another message.</summary>
    public Entity GetTargetEntity()
    {
        var parameters = ExecutionContext.InputParameters;
        if (parameters.Contains("Target") && parameters["Target"] is Entity target)
        {
            return target;
        }

        throw new InvalidPluginExecutionException(
            $"The {MessageName} of {ExecutionContext.PrimaryEntityName} passed no Target entity to this plugin. "
            + "Register the plugin on Create or Update only.");
    }

    /// <summary>
    /// Returns the pre-image of an Update step, or null for any other message, because a Create has no pre-image.
    /// </summary>
    public Entity? GetUpdatePreImage(string alias, string columns) =>
        MessageName == MessageNames.Update ? GetRequiredPreImage(alias, columns) : null;

    /// <summary>Returns the pre-image registered under the alias, or throws naming the step to fix.</summary>
    public Entity GetRequiredPreImage(string alias, string columns)
    {
        var images = ExecutionContext.PreEntityImages;
        if (images != null && images.Contains(alias) && images[alias] is Entity image)
        {
            return image;
        }

        throw new InvalidPluginExecutionException(
            $"The {MessageName} step of {ExecutionContext.PrimaryEntityName} has no pre-image named '{alias}'. "
            + $"Register a pre-image with the alias {alias} and the columns {columns} on that step.");
    }

    private static T Resolve<T>(IServiceProvider serviceProvider)
        where T : class
    {
        if (serviceProvider.GetService(typeof(T)) is T service)
        {
            return service;
        }

        throw new InvalidPluginExecutionException(
            $"The service provider returned no {typeof(T).Name}. Run the plugin in the Dataverse pipeline.");
    }
}
