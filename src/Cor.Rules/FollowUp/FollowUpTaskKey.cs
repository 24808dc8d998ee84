using System;

namespace Cor.Rules.FollowUp;

/// <summary>
/// Identity of a follow-up task within its meeting: the kind, and the next step for a next-step task. A meeting has
/// at most one task per key, which is how a repeated close finds the tasks it already created.
/// </summary>
public sealed class FollowUpTaskKey : IEquatable<FollowUpTaskKey>
{
    public FollowUpTaskKey(FollowUpTaskKind kind, Guid? nextStepId)
    {
        Kind = kind;
        NextStepId = kind == FollowUpTaskKind.NextStep ? nextStepId : null;
    }

    public FollowUpTaskKind Kind { get; }

    /// <summary>Next step of a <see cref="FollowUpTaskKind.NextStep"/> task; null for every other kind.</summary>
    public Guid? NextStepId { get; }

    public bool Equals(FollowUpTaskKey? other) =>
        other != null && other.Kind == Kind && other.NextStepId == NextStepId;

    public override bool Equals(object? obj) => Equals(obj as FollowUpTaskKey);

    public override int GetHashCode() => ((int)Kind * 397) ^ NextStepId.GetHashCode();

    public override string ToString() => NextStepId == null ? Kind.ToString() : $"{Kind} {NextStepId}";
}
