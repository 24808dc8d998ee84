using System;
using System.Collections.Generic;

namespace Cor.Rules.Settings;

/// <summary>
/// Exception thrown when one or more environment variables that configure the rules are missing or invalid.
/// The message lists every problem, each naming the variable, its value and the allowed values.
/// </summary>
public sealed class InvalidSettingException : Exception
{
    public InvalidSettingException(IReadOnlyList<string> problems)
        : base(string.Join(" ", problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
