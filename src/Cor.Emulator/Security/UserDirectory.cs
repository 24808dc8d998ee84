using System;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Security;

/// <summary>
/// Looks up the business units of users and teams, and the parents of business units, in the emulator's database.
/// </summary>
internal sealed class UserDirectory
{
    private readonly SqliteStore _store;
    private readonly Guid _rootBusinessUnitId;

    public UserDirectory(SqliteStore store, Guid rootBusinessUnitId)
    {
        _store = store;
        _rootBusinessUnitId = rootBusinessUnitId;
    }

    /// <summary>Returns the business unit of a user, or the root business unit when the user is unknown.</summary>
    public Guid BusinessUnitOfUser(Guid userId) => ReadId("systemuser", "systemuserid", "businessunitid", userId) ?? _rootBusinessUnitId;

    /// <summary>Returns the business unit of a user or team that owns a record.</summary>
    public Guid BusinessUnitOfOwner(EntityReference owner) => owner.LogicalName switch
    {
        "systemuser" => BusinessUnitOfUser(owner.Id),
        "team" => ReadId("team", "teamid", "businessunitid", owner.Id) ?? _rootBusinessUnitId,
        _ => _rootBusinessUnitId,
    };

    /// <summary>Returns the parent business unit, or null for the root.</summary>
    public Guid? ParentOf(Guid businessUnitId) =>
        ReadId("businessunit", "businessunitid", "parentbusinessunitid", businessUnitId);

    private Guid? ReadId(string table, string keyColumn, string valueColumn, Guid id)
    {
        using var command = _store.CreateCommand(
            $"SELECT {SqlNames.Quote(valueColumn)} FROM {SqlNames.Quote(table)} WHERE {SqlNames.Quote(keyColumn)} = @id");
        command.Parameters.AddWithValue("@id", ColumnValues.FormatGuid(id));
        return command.ExecuteScalar() is string value ? Guid.Parse(value) : null;
    }
}
