using System;
using Cor.Emulator.Metadata;
using Cor.Emulator.Pipeline;
using Cor.Emulator.Querying;
using Cor.Emulator.Security;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator.Messages;

/// <summary>
/// The main operations (stage 30) of the data messages, with the platform columns Dataverse sets.
/// </summary>
internal sealed class CoreOperations
{
    private readonly RecordStore _records;
    private readonly RecordValidator _validator;
    private readonly PlatformColumns _platform;
    private readonly TimeProvider _clock;
    private readonly AssignPolicy _assignPolicy;

    public CoreOperations(RecordStore records, PlatformColumns platform, TimeProvider clock, AssignPolicy assignPolicy)
    {
        _records = records;
        _validator = new RecordValidator(records);
        _platform = platform;
        _clock = clock;
        _assignPolicy = assignPolicy;
    }

    public MetadataCatalog Catalog => _records.Catalog;

    /// <summary>Inserts the Target, adding the platform columns to it as Dataverse does, and returns its id.</summary>
    public Guid Create(Entity target, Guid plannedId, OperationUser user)
    {
        var table = Catalog.GetTable(target.LogicalName);
        var id = ChooseId(table, target, plannedId);
        if (_records.Exists(table, id))
        {
            throw new DataverseFaultException(DataverseFaultException.Unspecified,
                $"Cannot insert duplicate key. A '{table.LogicalName}' record with Id = {id} already exists.");
        }

        target.Id = id;
        target[table.PrimaryIdAttribute] = id;
        _platform.ApplyOnCreate(table, target, user, Now());
        var values = _validator.Validate(table, target);
        CheckOwner(table, target, user);
        RecordValidator.CheckStatusMatchesState(table, target.GetAttributeValue<OptionSetValue>("statecode"),
            target.GetAttributeValue<OptionSetValue>("statuscode"));
        _records.Insert(table, values);
        return id;
    }

    /// <summary>Adds the record id and platform columns to a Create Target before PreOperation.</summary>
    public void PrepareCreateTarget(Entity target, Guid plannedId, OperationUser user)
    {
        var table = Catalog.GetTable(target.LogicalName);
        target.Id = ChooseId(table, target, plannedId);
        target[table.PrimaryIdAttribute] = target.Id;
        _platform.ApplyOnCreate(table, target, user, Now());
    }

    /// <summary>Adds modifiedon and modifiedby to an Update Target before PreOperation.</summary>
    public void PrepareUpdateTarget(Entity target, OperationUser user)
    {
        target["modifiedon"] = Now();
        target["modifiedby"] = new EntityReference("systemuser", user.UserId);
    }

    public void Update(Entity target, OperationUser user)
    {
        var table = Catalog.GetTable(target.LogicalName);
        var id = RequireId(table, target);
        if (!_records.Exists(table, id))
        {
            throw DataverseFaultException.RecordNotFound(table.LogicalName, id);
        }

        var current = table.LogicalName is "contact" or "systemuser"
            ? _records.Find(table, id, new ColumnSet("firstname", "lastname"), new QueryContext(user.UserId, user.BusinessUnitId, Now()))
            : null;
        _platform.ApplyOnUpdate(table, target, user, Now(), current);
        var values = _validator.Validate(table, target);
        CheckOwner(table, target, user);
        RecordValidator.CheckStatusMatchesState(table, target.GetAttributeValue<OptionSetValue>("statecode"),
            target.GetAttributeValue<OptionSetValue>("statuscode"));
        values.Remove(table.PrimaryIdAttribute);
        _records.Update(table, id, values);
    }

    /// <summary>
    /// Raises the not-found fault, or the missing-id fault of an Update Target, when a record of the operation does
    /// not exist.
    /// </summary>
    public void RequireRecords(MessageOperation operation)
    {
        foreach (var record in operation.Records)
        {
            var table = Catalog.GetTable(record.TableName);
            if (record.Target is not null)
            {
                RequireId(table, record.Target);
            }

            if (!_records.Exists(table, record.Id))
            {
                throw DataverseFaultException.RecordNotFound(table.LogicalName, record.Id);
            }
        }
    }

    public void Delete(EntityReference target)
    {
        var table = Catalog.GetTable(target.LogicalName);
        if (_records.Delete(table, target.Id) == 0)
        {
            throw DataverseFaultException.RecordNotFound(table.LogicalName, target.Id);
        }
    }

    public Entity Retrieve(EntityReference target, ColumnSet? columns, QueryContext context)
    {
        var table = Catalog.GetTable(target.LogicalName);
        if (columns is null)
        {
            throw new EmulatorConfigurationException(
                $"Retrieve of '{table.LogicalName}' has no ColumnSet. Pass new ColumnSet(\"col1\", ...) or new ColumnSet(true).");
        }

        return _records.Find(table, target.Id, columns, context)
            ?? throw DataverseFaultException.RecordNotFound(table.LogicalName, target.Id);
    }

    public EntityCollection RetrieveMultiple(QueryBase query, QueryContext context)
    {
        var expression = QueryConverter.ToQueryExpression(query);
        return QueryRunner.Run(_records.Sqlite, Catalog, context, expression);
    }

    /// <summary>Reads every column of a record for images, or returns null when it does not exist.</summary>
    public Entity? ReadFull(string tableName, Guid id, QueryContext context) =>
        _records.Find(Catalog.GetTable(tableName), id, new ColumnSet(true), context);

    private void CheckOwner(TableMetadata table, Entity target, OperationUser user)
    {
        if (target.GetAttributeValue<EntityReference>("ownerid") is { } owner)
        {
            _assignPolicy.CheckOwner(table.LogicalName, owner, user.UserId);
        }
    }

    private static Guid ChooseId(TableMetadata table, Entity target, Guid plannedId)
    {
        if (target.Id != Guid.Empty)
        {
            return target.Id;
        }

        if (target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var key) && key is Guid keyId && keyId != Guid.Empty)
        {
            return keyId;
        }

        return plannedId;
    }

    private static Guid RequireId(TableMetadata table, Entity target)
    {
        var id = ChooseId(table, target, Guid.Empty);
        if (id == Guid.Empty)
        {
            throw new DataverseFaultException(DataverseFaultException.Unspecified,
                $"Entity Id must be specified for Update. Set the Id of the '{table.LogicalName}' Target; the emulator " +
                "does not look records up by alternate key.");
        }

        return id;
    }

    private DateTime Now() => _clock.GetUtcNow().UtcDateTime;
}
