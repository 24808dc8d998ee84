using System.Collections.Generic;

namespace Cor.Emulator.Metadata;

/// <summary>
/// Builds a <see cref="TableMetadata"/> with the platform columns that every table of its ownership type carries.
/// </summary>
internal sealed class TableBuilder
{
    private readonly TableMetadata _table;

    public TableBuilder(string logicalName, string primaryIdAttribute, TableOwnership ownership)
    {
        _table = new TableMetadata(logicalName, primaryIdAttribute, ownership);
        _table.AddColumn(new ColumnMetadata(primaryIdAttribute, ColumnType.PrimaryKey));
        AddPlatformColumns(_table);
    }

    public TableBuilder Name(string logicalName, int maxLength = 100)
    {
        _table.PrimaryNameAttribute = logicalName;
        return Column(logicalName, ColumnType.String, maxLength);
    }

    public TableBuilder Column(string logicalName, ColumnType type, int? maxLength = null)
    {
        _table.AddColumn(new ColumnMetadata(logicalName, type) { MaxLength = maxLength });
        return this;
    }

    public TableBuilder Lookup(string logicalName, params string[] targets)
    {
        _table.AddColumn(new ColumnMetadata(logicalName, ColumnType.Lookup, targets));
        return this;
    }

    public TableBuilder Customer(string logicalName)
    {
        _table.AddColumn(new ColumnMetadata(logicalName, ColumnType.Customer, new[] { "account", "contact" }));
        return this;
    }

    /// <summary>
    /// Adds statecode and statuscode, with the default status reason of each state.
    /// </summary>
    public TableBuilder States(params (int State, int DefaultStatus)[] states)
    {
        _table.AddColumn(new ColumnMetadata("statecode", ColumnType.State));
        _table.AddColumn(new ColumnMetadata("statuscode", ColumnType.Status));
        foreach (var (state, status) in states)
        {
            _table.SetDefaultStatus(state, status);
            _table.SetStatusState(status, state);
        }

        return this;
    }

    public TableMetadata Build() => _table;

    /// <summary>
    /// Adds the audit and ownership columns that Dataverse adds to every table of the given ownership.
    /// </summary>
    public static void AddPlatformColumns(TableMetadata table)
    {
        var user = new[] { "systemuser" };
        table.AddColumn(new ColumnMetadata("createdon", ColumnType.DateTime));
        table.AddColumn(new ColumnMetadata("modifiedon", ColumnType.DateTime));
        table.AddColumn(new ColumnMetadata("overriddencreatedon", ColumnType.DateTime));
        table.AddColumn(new ColumnMetadata("createdby", ColumnType.Lookup, user));
        table.AddColumn(new ColumnMetadata("modifiedby", ColumnType.Lookup, user));
        table.AddColumn(new ColumnMetadata("createdonbehalfby", ColumnType.Lookup, user));
        table.AddColumn(new ColumnMetadata("modifiedonbehalfby", ColumnType.Lookup, user));
        table.AddColumn(new ColumnMetadata("importsequencenumber", ColumnType.Integer));
        table.AddColumn(new ColumnMetadata("timezoneruleversionnumber", ColumnType.Integer));
        table.AddColumn(new ColumnMetadata("utcconversiontimezonecode", ColumnType.Integer));
        table.AddColumn(new ColumnMetadata("versionnumber", ColumnType.BigInt));
        AddOwnershipColumns(table);
    }

    private static void AddOwnershipColumns(TableMetadata table)
    {
        if (table.Ownership == TableOwnership.UserOwned)
        {
            table.AddColumn(new ColumnMetadata("ownerid", ColumnType.Owner, OwnerTargets));
            table.AddColumn(new ColumnMetadata("owninguser", ColumnType.Lookup, new[] { "systemuser" }));
            table.AddColumn(new ColumnMetadata("owningteam", ColumnType.Lookup, new[] { "team" }));
            table.AddColumn(new ColumnMetadata("owningbusinessunit", ColumnType.Lookup, new[] { "businessunit" }));
        }
        else if (table.Ownership == TableOwnership.BusinessOwned)
        {
            table.AddColumn(new ColumnMetadata("businessunitid", ColumnType.Lookup, new[] { "businessunit" }));
        }
    }

    public static IReadOnlyList<string> OwnerTargets { get; } = new[] { "systemuser", "team" };
}
