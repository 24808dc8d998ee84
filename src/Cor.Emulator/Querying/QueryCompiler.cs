using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Cor.Emulator.Metadata;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator.Querying;

/// <summary>
/// Compiles a QueryExpression to one parameterized SQLite SELECT with joins, filters, orders and paging.
/// </summary>
internal sealed class QueryCompiler
{
    private readonly MetadataCatalog _catalog;
    private readonly QueryContext _context;
    private readonly QueryScope _scope = new();
    private readonly SqlParameters _parameters = new();
    private readonly List<Projection> _projections = new();
    private readonly List<string> _selects = new();
    private readonly List<string> _joins = new();
    private readonly List<string> _orders = new();
    private int _linkCount;

    public QueryCompiler(MetadataCatalog catalog, QueryContext context)
    {
        _catalog = catalog;
        _context = context;
    }

    public CompiledQuery Compile(QueryExpression query)
    {
        var main = _scope.Add(_catalog.GetTable(query.EntityName), query.EntityName, isMain: true);
        var conditions = new ConditionCompiler(_scope, _parameters, _context);
        Select(main, main.Table.GetColumn(main.Table.PrimaryIdAttribute));
        SelectColumns(main, query.ColumnSet);
        foreach (var link in query.LinkEntities)
        {
            AddLink(link, main, conditions);
        }

        var where = conditions.CompileFilter(query.Criteria, main);
        AddOrders(query.Orders, main);
        _orders.Add(main.Column(main.Table.PrimaryIdAttribute));
        var from = $" FROM {SqlNames.Quote(main.Table.LogicalName)} {main.SqlAlias}{string.Concat(_joins)}" +
            (where is null ? string.Empty : " WHERE " + where);
        var distinct = query.Distinct ? "DISTINCT " : string.Empty;
        var sql = new StringBuilder($"SELECT {distinct}{string.Join(", ", _selects)}{from}");
        sql.Append(" ORDER BY ").Append(string.Join(", ", _orders));
        var (pageSize, pageNumber) = AppendLimit(sql, query);
        var countSql = $"SELECT COUNT(*) FROM (SELECT {distinct}{string.Join(", ", _selects)}{from})";
        return new CompiledQuery(sql.ToString(), countSql, _parameters, main, _projections, pageSize, pageNumber,
            query.PageInfo?.ReturnTotalRecordCount ?? false);
    }

    private void AddLink(LinkEntity link, QueryTable parent, ConditionCompiler conditions)
    {
        _linkCount++;
        var table = _catalog.GetTable(link.LinkToEntityName);
        var alias = string.IsNullOrEmpty(link.EntityAlias)
            ? link.LinkToEntityName + _linkCount.ToString(CultureInfo.InvariantCulture)
            : link.EntityAlias;
        var joined = _scope.Add(table, alias, isMain: false);
        var from = parent.Column(parent.Table.GetColumn(link.LinkFromAttributeName).LogicalName);
        var to = joined.Column(table.GetColumn(link.LinkToAttributeName).LogicalName);
        var on = $"{from} = {to}";
        var criteria = conditions.CompileFilter(link.LinkCriteria, joined);
        if (criteria is not null)
        {
            on += " AND " + criteria;
        }

        _joins.Add($" {JoinKeyword(link)} {SqlNames.Quote(table.LogicalName)} {joined.SqlAlias} ON {on}");
        SelectColumns(joined, link.Columns);
        AddOrders(link.Orders, joined);
        foreach (var child in link.LinkEntities)
        {
            AddLink(child, joined, conditions);
        }
    }

    private static string JoinKeyword(LinkEntity link) => link.JoinOperator switch
    {
        JoinOperator.Inner => "INNER JOIN",
        JoinOperator.LeftOuter => "LEFT OUTER JOIN",
        _ => throw new EmulatorConfigurationException(
            $"JoinOperator.{link.JoinOperator} on link-entity '{link.LinkToEntityName}' is not supported by the " +
            "emulator. Use JoinOperator.Inner or JoinOperator.LeftOuter."),
    };

    private void SelectColumns(QueryTable table, ColumnSet? columns)
    {
        if (columns is null)
        {
            return;
        }

        var selected = columns.AllColumns
            ? table.Table.Columns
            : columns.Columns.Select(table.Table.GetColumn);
        foreach (var column in selected)
        {
            if (!(table.IsMain && column.LogicalName == table.Table.PrimaryIdAttribute))
            {
                Select(table, column);
            }
        }
    }

    private void Select(QueryTable table, ColumnMetadata column)
    {
        var ordinal = _selects.Count;
        _selects.Add(table.Column(column.LogicalName));
        int? lookupOrdinal = null;
        if (column.IsLookup)
        {
            lookupOrdinal = _selects.Count;
            _selects.Add(table.Column(SqlNames.LookupTableColumn(column.LogicalName)));
        }

        _projections.Add(new Projection(table, column, ordinal, lookupOrdinal));
    }

    private void AddOrders(IEnumerable<OrderExpression> orders, QueryTable current)
    {
        foreach (var order in orders)
        {
            var table = _scope.Resolve(order.EntityName, current);
            var column = table.Table.GetColumn(order.AttributeName);
            var direction = order.OrderType == OrderType.Descending ? " DESC" : " ASC";
            _orders.Add(table.Column(column.LogicalName) + direction);
        }
    }

    /// <summary>
    /// Appends LIMIT and OFFSET. With paging, one row more than the page size is read to learn whether more records
    /// exist; page numbers start at 1.
    /// </summary>
    private static (int? PageSize, int PageNumber) AppendLimit(StringBuilder sql, QueryExpression query)
    {
        var paging = query.PageInfo;
        if (paging is not null && paging.Count > 0)
        {
            if (query.TopCount is not null)
            {
                throw new EmulatorConfigurationException(
                    "The query sets both TopCount and PageInfo.Count, which Dataverse rejects. Set only one of them.");
            }

            var page = paging.PageNumber < 1 ? 1 : paging.PageNumber;
            var offset = (long)(page - 1) * paging.Count;
            sql.Append(CultureInfo.InvariantCulture, $" LIMIT {paging.Count + 1} OFFSET {offset}");
            return (paging.Count, page);
        }

        if (query.TopCount is not null)
        {
            sql.Append(CultureInfo.InvariantCulture, $" LIMIT {query.TopCount.Value}");
        }

        return (null, 1);
    }
}
