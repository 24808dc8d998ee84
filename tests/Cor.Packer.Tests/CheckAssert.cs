using System;
using System.Linq;
using Cor.Packer.Checks;
using Xunit;

namespace Cor.Packer.Tests;

/// <summary>Assertions on check reports: one diagnostic of a rule that names its file, element and fix.</summary>
internal static class CheckAssert
{
    public static SolutionDiagnostic Reports(
        CheckReport report, string ruleId, string fileFragment, string elementFragment, string fixFragment)
    {
        var matches = report.Diagnostics
            .Where(diagnostic => diagnostic.RuleId == ruleId)
            .Where(diagnostic => diagnostic.File.Contains(fileFragment, StringComparison.Ordinal))
            .ToList();
        Assert.True(matches.Count > 0,
            $"Expected a {ruleId} diagnostic on {fileFragment}; got: {string.Join(Environment.NewLine, report.Diagnostics)}");
        var diagnostic = matches[0];
        Assert.Contains(elementFragment, diagnostic.Element, StringComparison.Ordinal);
        Assert.Contains(fixFragment, diagnostic.Fix, StringComparison.Ordinal);
        Assert.Contains(diagnostic.File, diagnostic.ToString(), StringComparison.Ordinal);
        return diagnostic;
    }

    public static void Passes(CheckReport report) =>
        Assert.True(report.Passed, string.Join(Environment.NewLine, report.Diagnostics));
}
