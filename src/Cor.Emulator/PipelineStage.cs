namespace Cor.Emulator;

/// <summary>
/// Stages of the event pipeline, with the values that sdkmessageprocessingstep.stage and IPluginExecutionContext.Stage use.
/// </summary>
public enum PipelineStage
{
    /// <summary>Before the database transaction of a top-level operation, and before security checks.</summary>
    PreValidation = 10,

    /// <summary>Inside the transaction, before the main operation; changes to Target here are saved.</summary>
    PreOperation = 20,

    /// <summary>The main operation; custom steps run here only as the plugin of a Custom API.</summary>
    MainOperation = 30,

    /// <summary>After the main operation, inside the transaction when synchronous.</summary>
    PostOperation = 40,
}
