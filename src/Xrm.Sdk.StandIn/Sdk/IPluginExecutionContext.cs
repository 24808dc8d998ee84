namespace Microsoft.Xrm.Sdk;

/// <summary>Execution context of a plugin step.</summary>
public interface IPluginExecutionContext : IExecutionContext
{
    /// <summary>Pipeline stage: 10 PreValidation, 20 PreOperation, 30 MainOperation, 40 PostOperation.</summary>
    int Stage { get; }

    /// <summary>Context of the operation that caused this one, or null at the top level.</summary>
    IPluginExecutionContext ParentContext { get; }
}
