using System.Collections.Generic;
using System.Linq;
using Cor.Rules.Settings;

namespace Cor.Rules;

/// <summary>
/// Violations split by the enforcement level of their rule: rejected, recorded as breaches, or ignored.
/// </summary>
public sealed class Enforcement
{
    private Enforcement(
        IReadOnlyList<RuleViolation> rejected,
        IReadOnlyList<RuleViolation> recorded,
        IReadOnlyList<RuleViolation> ignored)
    {
        Rejected = rejected;
        Recorded = recorded;
        Ignored = ignored;
    }

    /// <summary>Violations of rules at the level Enforce, which reject the save.</summary>
    public IReadOnlyList<RuleViolation> Rejected { get; }

    /// <summary>Violations of rules at the level Record, which are saved and stamped as breaches.</summary>
    public IReadOnlyList<RuleViolation> Recorded { get; }

    /// <summary>Violations of rules at the level Off, which are neither rejected nor recorded.</summary>
    public IReadOnlyList<RuleViolation> Ignored { get; }

    public bool IsRejected => Rejected.Count > 0;

    /// <summary>Message of the rejection: the messages of the rejected violations, in order.</summary>
    public string RejectionMessage => string.Join(" ", Rejected.Select(v => v.Message));

    /// <summary>Splits the violations by level, skipping the null results of checks that passed.</summary>
    public static Enforcement Decide(IEnumerable<RuleViolation?> results, CorSettings settings)
    {
        var violations = results.Where(v => v != null).Select(v => v!).ToList();
        return new Enforcement(
            Filter(violations, settings, EnforcementLevel.Enforce),
            Filter(violations, settings, EnforcementLevel.Record),
            Filter(violations, settings, EnforcementLevel.Off));
    }

    private static List<RuleViolation> Filter(
        IEnumerable<RuleViolation> violations, CorSettings settings, EnforcementLevel level) =>
        violations.Where(v => settings.LevelOf(v.Rule) == level).ToList();
}
