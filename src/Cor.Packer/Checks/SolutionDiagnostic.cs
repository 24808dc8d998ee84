namespace Cor.Packer.Checks;

/// <summary>
/// One error found by <c>cor check</c>: the rule, the file, the element and what to change. Solution-checker rules
/// keep Microsoft's rule ids (for example <c>il-specify-column</c>). The others use ids that start with <c>cor-</c>.
/// </summary>
public sealed record SolutionDiagnostic(string RuleId, string File, string Element, string Message, string Fix)
{
    public override string ToString() => $"{File}: <{Element}>: {Message} Fix: {Fix} [{RuleId}]";
}
