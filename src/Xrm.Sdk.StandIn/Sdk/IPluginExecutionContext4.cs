namespace Microsoft.Xrm.Sdk;

/// <summary>Plugin execution context with per-record images for CreateMultiple and UpdateMultiple.</summary>
public interface IPluginExecutionContext4 : IPluginExecutionContext3
{
    /// <summary>Pre-images, one collection per record of Targets, in the same order.</summary>
    EntityImageCollection[] PreEntityImagesCollection { get; }

    /// <summary>Post-images, one collection per record of Targets, in the same order.</summary>
    EntityImageCollection[] PostEntityImagesCollection { get; }
}
