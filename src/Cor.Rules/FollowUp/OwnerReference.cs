using System;

namespace Cor.Rules.FollowUp;

/// <summary>
/// Owner of a record: a user (systemuser) or a team, by table logical name and id.
/// </summary>
public sealed class OwnerReference : IEquatable<OwnerReference>
{
    public OwnerReference(string tableName, Guid id)
    {
        if (tableName != "systemuser" && tableName != "team")
        {
            throw new ArgumentException(
                $"The owner table '{tableName}' is not an owner table. Use systemuser or team.", nameof(tableName));
        }

        if (id == Guid.Empty)
        {
            throw new ArgumentException("The owner id is empty. Pass the id of a user or a team.", nameof(id));
        }

        TableName = tableName;
        Id = id;
    }

    /// <summary>Table logical name: systemuser or team.</summary>
    public string TableName { get; }

    public Guid Id { get; }

    public static OwnerReference User(Guid id) => new("systemuser", id);

    public bool Equals(OwnerReference? other) =>
        other != null && other.TableName == TableName && other.Id == Id;

    public override bool Equals(object? obj) => Equals(obj as OwnerReference);

    public override int GetHashCode() => (TableName.GetHashCode() * 397) ^ Id.GetHashCode();

    public override string ToString() => $"{TableName} {Id}";
}
