namespace Cor.Emulator.Metadata;

/// <summary>
/// Ownership type of a table, which decides whether records carry ownerid and owningbusinessunit.
/// </summary>
public enum TableOwnership
{
    /// <summary>Owned by a user or team, with ownerid, owninguser, owningteam and owningbusinessunit.</summary>
    UserOwned,

    /// <summary>Owned by the organization, without owner columns.</summary>
    OrganizationOwned,

    /// <summary>Owned by a business unit (systemuser, team), with a businessunitid column.</summary>
    BusinessOwned,
}
