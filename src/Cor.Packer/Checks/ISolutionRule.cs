using System.Collections.Generic;

namespace Cor.Packer.Checks;

/// <summary>One group of related checks over a solution source folder or an unpacked zip.</summary>
internal interface ISolutionRule
{
    IEnumerable<SolutionDiagnostic> Check(CheckContext context);
}
