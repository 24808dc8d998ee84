using System;
using System.Linq;
using Cor.Packer.Checks;
using Xunit;

namespace Cor.Packer.Tests;

/// <summary>Assertions on check reports: a diagnostic of a rule that names its file, element and fix.</summary>
internal static class CheckAssert
{
    /// <summary>
    /// Asserts that the report has a diagnostic of the rule whose file, element and fix contain the fragments, and
    /// returns the first such diagnostic.
    /// </summary>
    public static SolutionDiagnostic Reports(
        CheckReport report, string ruleId, string fileFragment, string elementFragment, string fixFragment)
    {
        var match = report.Diagnostics.FirstOrDefault(diagnostic =>
            diagnostic.RuleId == ruleId
            && diagnostic.File.Contains(fileFragment, StringComparison.Ordinal)
            && diagnostic.Element.Contains(elementFragment, StringComparison.Ordinal)
            && diagnostic.Fix.Contains(fixFragment, StringComparison.Ordinal));
        Assert.True(match is not null,
            $"Expected a {ruleId} diagnostic on {fileFragment}, element {elementFragment}, fix '{fixFragment}'; got:" +
            $"{Environment.NewLine}{string.Join(Environment.NewLine, report.Diagnostics)}");
        Assert.Contains(match.File, match.ToString(), StringComparison.Ordinal);
        Assert.Contains(match.Fix, match.ToString(), StringComparison.Ordinal);
        return match;
    }

    public static void Passes(CheckReport report) =>
        Assert.True(report.Passed, string.Join(Environment.NewLine, report.Diagnostics));
}
