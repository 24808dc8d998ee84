namespace Cor.Emulator;

/// <summary>
/// Execution mode of a step, with the values of sdkmessageprocessingstep.mode.
/// </summary>
public enum StepMode
{
    Synchronous = 0,

    /// <summary>Queued and run after the operation commits, in its own transaction; allowed only in PostOperation.</summary>
    Asynchronous = 1,
}
