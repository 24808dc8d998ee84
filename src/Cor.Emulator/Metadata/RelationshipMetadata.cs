namespace Cor.Emulator.Metadata;

/// <summary>
/// A one-to-many relationship: the lookup column of the referencing table and what deleting the referenced record does.
/// </summary>
public sealed record RelationshipMetadata(
    string Name,
    string ReferencedTable,
    string ReferencingTable,
    string ReferencingAttribute,
    CascadeDelete CascadeDelete);

/// <summary>
/// CascadeDelete values of a relationship in Other/Relationships/*.xml.
/// </summary>
public enum CascadeDelete
{
    /// <summary>Deleting the referenced record leaves the lookup as it is.</summary>
    NoCascade,

    /// <summary>Deleting the referenced record deletes the referencing records too.</summary>
    Cascade,

    /// <summary>Deleting the referenced record clears the lookup.</summary>
    RemoveLink,

    /// <summary>The referenced record cannot be deleted while records reference it.</summary>
    Restrict,
}
