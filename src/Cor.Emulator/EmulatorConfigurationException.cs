using System;

namespace Cor.Emulator;

/// <summary>
/// Thrown when the emulator is set up or called in a way it cannot serve: an unknown table or column, a value of the
/// wrong type, a missing plugin assembly or an unsupported request. Its message names the fix. Dataverse itself would
/// report some of these cases differently; errors that Dataverse raises are <see cref="DataverseFaultException"/>.
/// </summary>
public sealed class EmulatorConfigurationException : Exception
{
    public EmulatorConfigurationException(string message)
        : base(message)
    {
    }

    public EmulatorConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
