using System;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator.Security;

/// <summary>
/// Looks up users, teams and business units in the emulator's database.
/// </summary>
internal sealed class UserDirectory
{
    private readonly RecordStore _records;
    private readonly Guid _rootBusinessUnitId;

    public UserDirectory(RecordStore records, Guid rootBusinessUnitId)
    {
        _records = records;
        _rootBusinessUnitId = rootBusinessUnitId;
    }

    public Guid RootBusinessUnitId => _rootBusinessUnitId;

    /// <summary>Returns the business unit of a user, or the root business unit when the user is unknown.</summary>
    public Guid BusinessUnitOfUser(Guid userId) => BusinessUnitOf("systemuser", userId) ?? _rootBusinessUnitId;

    /// <summary>Returns the business unit of a user or team that owns a record.</summary>
    public Guid BusinessUnitOfOwner(EntityReference owner) => BusinessUnitOf(owner.LogicalName, owner.Id) ?? _rootBusinessUnitId;

    /// <summary>Returns the parent business unit, or null for the root.</summary>
    public Guid? ParentOf(Guid businessUnitId)
    {
        var table = _records.Catalog.GetTable("businessunit");
        var record = _records.Find(table, businessUnitId, new ColumnSet("parentbusinessunitid"), SystemQueryContext());
        return record?.GetAttributeValue<EntityReference>("parentbusinessunitid")?.Id;
    }

    private Guid? BusinessUnitOf(string tableName, Guid id)
    {
        if (tableName is not ("systemuser" or "team"))
        {
            return null;
        }

        var table = _records.Catalog.GetTable(tableName);
        var record = _records.Find(table, id, new ColumnSet("businessunitid"), SystemQueryContext());
        return record?.GetAttributeValue<EntityReference>("businessunitid")?.Id;
    }

    private Querying.QueryContext SystemQueryContext() => new(Guid.Empty, _rootBusinessUnitId, DateTime.UtcNow);
}
