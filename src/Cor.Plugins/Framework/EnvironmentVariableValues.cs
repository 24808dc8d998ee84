using System.Collections.Generic;

namespace Cor.Plugins.Framework;

/// <summary>
/// Environment variable values read in one query: the effective value of each variable, keyed by schema name in any
/// case, and the variables whose current value exists but is empty.
/// </summary>
public sealed class EnvironmentVariableValues
{
    public EnvironmentVariableValues(
        IReadOnlyDictionary<string, string?> effective, IReadOnlyCollection<string> emptyCurrentValues)
    {
        Effective = effective;
        EmptyCurrentValues = emptyCurrentValues;
    }

    /// <summary>Current value when one is set, otherwise the default. Null for an empty current value.</summary>
    public IReadOnlyDictionary<string, string?> Effective { get; }

    /// <summary>Schema names of the variables with a current value that is empty or white space.</summary>
    public IReadOnlyCollection<string> EmptyCurrentValues { get; }
}
