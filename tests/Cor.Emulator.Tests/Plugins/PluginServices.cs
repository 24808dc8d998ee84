using System;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests.Plugins;

/// <summary>Gets the services a test plugin uses from the provider.</summary>
internal static class PluginServices
{
    public static IPluginExecutionContext Context(this IServiceProvider provider) =>
        (IPluginExecutionContext)provider.GetService(typeof(IPluginExecutionContext))!;

    public static ITracingService Tracing(this IServiceProvider provider) =>
        (ITracingService)provider.GetService(typeof(ITracingService))!;

    public static IOrganizationService Service(this IServiceProvider provider)
    {
        var factory = (IOrganizationServiceFactory)provider.GetService(typeof(IOrganizationServiceFactory))!;
        return factory.CreateOrganizationService(provider.Context().UserId);
    }

    public static Entity Target(this IServiceProvider provider) => (Entity)provider.Context().InputParameters["Target"];
}
