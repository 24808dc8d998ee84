using System;
using System.Collections.Generic;
using Cor.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Storage;

/// <summary>
/// Writes the records every organization has: the root business unit, the SYSTEM user and the default caller.
/// Existing records are kept, so a file database can be opened again.
/// </summary>
internal static class SystemRecords
{
    public static void Ensure(RecordStore records, Guid businessUnitId, Guid systemUserId, Guid callerId, DateTime now)
    {
        var catalog = records.Catalog;
        EnsureRecord(records, catalog.GetTable("businessunit"), businessUnitId, new Dictionary<string, object?>
        {
            ["name"] = "Emulator root business unit",
        }, systemUserId, now);
        EnsureUser(records, systemUserId, "SYSTEM", businessUnitId, systemUserId, now);
        EnsureUser(records, callerId, "Emulator Administrator", businessUnitId, systemUserId, now);
    }

    private static void EnsureUser(RecordStore records, Guid userId, string name, Guid businessUnitId, Guid systemUserId, DateTime now)
    {
        EnsureRecord(records, records.Catalog.GetTable("systemuser"), userId, new Dictionary<string, object?>
        {
            ["fullname"] = name,
            ["lastname"] = name,
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId),
            ["isdisabled"] = false,
        }, systemUserId, now);
    }

    private static void EnsureRecord(
        RecordStore records, TableMetadata table, Guid id, Dictionary<string, object?> values, Guid systemUserId, DateTime now)
    {
        if (records.Exists(table, id))
        {
            return;
        }

        values[table.PrimaryIdAttribute] = id;
        values["createdon"] = now;
        values["modifiedon"] = now;
        values["createdby"] = new EntityReference("systemuser", systemUserId);
        values["modifiedby"] = new EntityReference("systemuser", systemUserId);
        records.Insert(table, values);
    }
}
