using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Business logic that Dataverse runs when a registered step fires.</summary>
public interface IPlugin
{
    /// <summary>Runs the plugin. The provider supplies the context, tracing and organization services.</summary>
    void Execute(IServiceProvider serviceProvider);
}
