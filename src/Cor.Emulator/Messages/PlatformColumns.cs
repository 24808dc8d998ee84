using System;
using System.Linq;
using Cor.Emulator.Metadata;
using Cor.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Messages;

/// <summary>
/// Sets the columns Dataverse maintains itself: audit columns, ownership, state defaults, yes/no defaults and the
/// full name of contacts and users.
/// </summary>
internal sealed class PlatformColumns
{
    private static readonly string[] CreateOnlyColumns = { "createdon", "createdby", "createdonbehalfby" };

    private readonly UserDirectory _users;

    public PlatformColumns(UserDirectory users)
    {
        _users = users;
    }

    public void ApplyOnCreate(TableMetadata table, Entity target, OperationUser user, DateTime now)
    {
        var caller = new EntityReference("systemuser", user.UserId);
        target["createdon"] = now;
        target["modifiedon"] = now;
        target["createdby"] = caller;
        target["modifiedby"] = caller;
        ApplyOwnership(table, target, caller, isCreate: true);
        if (table.Ownership == TableOwnership.BusinessOwned && !target.Contains("businessunitid"))
        {
            target["businessunitid"] = new EntityReference("businessunit", user.BusinessUnitId);
        }

        ApplyStateOnCreate(table, target);
        ApplyBooleanDefaults(table, target);
        ApplyFullName(table, target, current: null);
    }

    public void ApplyOnUpdate(TableMetadata table, Entity target, OperationUser user, DateTime now, Entity? current)
    {
        foreach (var column in CreateOnlyColumns)
        {
            target.Attributes.Remove(column);
        }

        target["modifiedon"] = now;
        target["modifiedby"] = new EntityReference("systemuser", user.UserId);
        ApplyOwnership(table, target, caller: null, isCreate: false);
        ApplyStateOnUpdate(table, target);
        ApplyFullName(table, target, current);
    }

    private void ApplyOwnership(TableMetadata table, Entity target, EntityReference? caller, bool isCreate)
    {
        if (table.Ownership != TableOwnership.UserOwned)
        {
            return;
        }

        var owner = target.GetAttributeValue<EntityReference>("ownerid");
        if (owner is null && isCreate)
        {
            owner = caller!;
            target["ownerid"] = owner;
        }

        if (owner is null)
        {
            return;
        }

        var isUser = owner.LogicalName == "systemuser";
        target["owninguser"] = isUser ? new EntityReference("systemuser", owner.Id) : null!;
        target["owningteam"] = isUser ? null! : new EntityReference("team", owner.Id);
        target["owningbusinessunit"] = new EntityReference("businessunit", _users.BusinessUnitOfOwner(owner));
    }

    private static void ApplyStateOnCreate(TableMetadata table, Entity target)
    {
        if (!table.HasStateModel)
        {
            return;
        }

        var status = target.GetAttributeValue<OptionSetValue>("statuscode");
        var state = target.GetAttributeValue<OptionSetValue>("statecode")
            ?? new OptionSetValue(status is not null && table.StateByStatus.TryGetValue(status.Value, out var owning) ? owning : 0);
        target["statecode"] = state;
        target["statuscode"] = status ?? new OptionSetValue(DefaultStatus(table, state.Value));
    }

    private static void ApplyStateOnUpdate(TableMetadata table, Entity target)
    {
        var state = target.GetAttributeValue<OptionSetValue>("statecode");
        var status = target.GetAttributeValue<OptionSetValue>("statuscode");
        if (state is not null && status is null)
        {
            target["statuscode"] = new OptionSetValue(DefaultStatus(table, state.Value));
        }
        else if (state is null && status is not null && table.StateByStatus.TryGetValue(status.Value, out var owning))
        {
            target["statecode"] = new OptionSetValue(owning);
        }
    }

    /// <summary>Returns the default status reason of a state: from metadata, else 1 for state 0 and 2 for state 1.</summary>
    private static int DefaultStatus(TableMetadata table, int state) =>
        table.DefaultStatusByState.TryGetValue(state, out var status) ? status : state + 1;

    private static void ApplyBooleanDefaults(TableMetadata table, Entity target)
    {
        foreach (var column in table.Columns.Where(c => c.DefaultBoolean is not null && !target.Contains(c.LogicalName)))
        {
            target[column.LogicalName] = column.DefaultBoolean!.Value;
        }
    }

    /// <summary>Sets fullname as "first last" on contact and systemuser when either name changes.</summary>
    private static void ApplyFullName(TableMetadata table, Entity target, Entity? current)
    {
        if (table.LogicalName is not ("contact" or "systemuser") || !(target.Contains("firstname") || target.Contains("lastname")))
        {
            return;
        }

        var first = target.Contains("firstname") ? target.GetAttributeValue<string>("firstname") : current?.GetAttributeValue<string>("firstname");
        var last = target.Contains("lastname") ? target.GetAttributeValue<string>("lastname") : current?.GetAttributeValue<string>("lastname");
        var full = string.Join(" ", new[] { first, last }.Where(n => !string.IsNullOrEmpty(n)));
        target["fullname"] = full.Length == 0 ? null! : full;
    }
}
