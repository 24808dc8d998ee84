using System;

namespace Cor.Rules;

/// <summary>
/// Breach of one COR rule, with a message that names the offending value, the rule and the fix.
/// </summary>
public sealed class RuleViolation
{
    public RuleViolation(RuleId rule, string message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new ArgumentException("A rule violation needs a message that a CSM can act on.", nameof(message));
        }

        Rule = rule;
        Message = message;
    }

    public RuleId Rule { get; }

    public string Message { get; }

    public override string ToString() => Rule + ": " + Message;
}
