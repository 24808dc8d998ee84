using System.Collections.Generic;

namespace Cor.Emulator.Querying;

/// <summary>
/// A QueryExpression compiled to SQL: the statement, its parameters, the selected columns and the paging to apply.
/// </summary>
internal sealed record CompiledQuery(
    string Sql,
    string CountSql,
    SqlParameters Parameters,
    QueryTable Main,
    IReadOnlyList<Projection> Projections,
    int? PageSize,
    int PageNumber,
    bool ReturnTotalRecordCount);
