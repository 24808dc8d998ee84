using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Pipeline;

/// <summary>
/// The IServiceProvider passed to IPlugin.Execute: the context (every version), the tracing service and an
/// organization service factory whose services run nested requests one level deeper.
/// </summary>
internal sealed class PluginServiceProvider : IServiceProvider, IOrganizationServiceFactory
{
    private readonly PluginContext _context;
    private readonly TracingService _tracing;
    private readonly Func<Guid?, PluginContext, IOrganizationService> _serviceFactory;

    public PluginServiceProvider(
        PluginContext context, TracingService tracing, Func<Guid?, PluginContext, IOrganizationService> serviceFactory)
    {
        _context = context;
        _tracing = tracing;
        _serviceFactory = serviceFactory;
    }

    /// <summary>
    /// Returns the requested service, or null for a service the emulator does not offer, such as
    /// IServiceEndpointNotificationService.
    /// </summary>
    public object? GetService(Type serviceType)
    {
        if (serviceType.IsInstanceOfType(_context))
        {
            return _context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return _tracing;
        }

        return serviceType == typeof(IOrganizationServiceFactory) ? this : null;
    }

    /// <summary>Creates a service that runs as the given user, or as SYSTEM when userId is null.</summary>
    public IOrganizationService CreateOrganizationService(Guid? userId) => _serviceFactory(userId, _context);
}
