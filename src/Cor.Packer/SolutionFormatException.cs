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
        Problem = message;
    }

    public SolutionFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = message;
    }

    /// <summary>Creates an exception whose message is the problem followed by the fix.</summary>
    public SolutionFormatException(string problem, string fix, Exception? innerException = null)
        : base(problem + " " + fix, innerException)
    {
        Problem = problem;
        Fix = fix;
    }

    /// <summary>What is wrong. Equal to the message when the exception was created without a separate fix.</summary>
    public string Problem { get; }

    /// <summary>What to change, or null when the fix is part of <see cref="Problem"/>.</summary>
    public string? Fix { get; }
}
