using System;

namespace Cor.Packer;

/// <summary>
/// Raised when the solution source or a solution zip cannot be read or packed. The message names the fix.
/// </summary>
public sealed class SolutionFormatException : Exception
{
    public SolutionFormatException(string message)
        : base(message)
    {
    }

    public SolutionFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
