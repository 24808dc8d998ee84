using System.Collections.Generic;

namespace Cor.Packer.Checks;

/// <summary>Result of <c>cor check</c>: every diagnostic found. The check passes when there is none.</summary>
public sealed record CheckReport(string Target, IReadOnlyList<SolutionDiagnostic> Diagnostics)
{
    public bool Passed => Diagnostics.Count == 0;
}
