using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cor.Emulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator.Querying;

/// <summary>
/// Compiles filters and conditions of a QueryExpression to parameterized SQL.
/// </summary>
internal sealed class ConditionCompiler
{
    private readonly QueryScope _scope;
    private readonly SqlParameters _parameters;
    private readonly QueryContext _context;

    public ConditionCompiler(QueryScope scope, SqlParameters parameters, QueryContext context)
    {
        _scope = scope;
        _parameters = parameters;
        _context = context;
    }

    /// <summary>Returns the SQL of a filter, or null when the filter has no conditions.</summary>
    public string? CompileFilter(FilterExpression? filter, QueryTable current)
    {
        if (filter is null)
        {
            return null;
        }

        var parts = filter.Conditions.Select(c => CompileCondition(c, current))
            .Concat(filter.Filters.Select(f => CompileFilter(f, current)).OfType<string>())
            .ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var joiner = filter.FilterOperator == LogicalOperator.Or ? " OR " : " AND ";
        return "(" + string.Join(joiner, parts) + ")";
    }

    private string CompileCondition(ConditionExpression condition, QueryTable current)
    {
        if (condition.CompareColumns)
        {
            throw new EmulatorConfigurationException(
                $"The emulator does not support column comparison conditions (CompareColumns) on '{condition.AttributeName}'. " +
                "Compare the values in code after retrieving them.");
        }

        var table = _scope.Resolve(condition.EntityName, current);
        var column = table.Table.GetColumn(condition.AttributeName);
        var sqlColumn = table.Column(column.LogicalName);
        var values = ConditionValues.Flatten(condition.Values);
        var operand = new ConditionOperand(table.Table.LogicalName, column, sqlColumn, values, condition.Operator);
        return CompileOperator(operand);
    }

    private string CompileOperator(ConditionOperand operand) => operand.Operator switch
    {
        ConditionOperator.Equal => Compare(operand, "="),
        ConditionOperator.NotEqual => Compare(operand, "<>"),
        ConditionOperator.GreaterThan => Compare(operand, ">"),
        ConditionOperator.LessThan => Compare(operand, "<"),
        ConditionOperator.GreaterEqual => Compare(operand, ">="),
        ConditionOperator.LessEqual => Compare(operand, "<="),
        ConditionOperator.Like => Like(operand, "LIKE", raw: true, prefix: string.Empty, suffix: string.Empty),
        ConditionOperator.NotLike => Like(operand, "NOT LIKE", raw: true, prefix: string.Empty, suffix: string.Empty),
        ConditionOperator.BeginsWith => Like(operand, "LIKE", raw: false, prefix: string.Empty, suffix: "%"),
        ConditionOperator.DoesNotBeginWith => Like(operand, "NOT LIKE", raw: false, prefix: string.Empty, suffix: "%"),
        ConditionOperator.EndsWith => Like(operand, "LIKE", raw: false, prefix: "%", suffix: string.Empty),
        ConditionOperator.DoesNotEndWith => Like(operand, "NOT LIKE", raw: false, prefix: "%", suffix: string.Empty),
        ConditionOperator.Contains => Like(operand, "LIKE", raw: false, prefix: "%", suffix: "%"),
        ConditionOperator.DoesNotContain => Like(operand, "NOT LIKE", raw: false, prefix: "%", suffix: "%"),
        ConditionOperator.In => InList(operand, "IN"),
        ConditionOperator.NotIn => InList(operand, "NOT IN"),
        ConditionOperator.Between => Between(operand, "BETWEEN"),
        ConditionOperator.NotBetween => Between(operand, "NOT BETWEEN"),
        ConditionOperator.Null => operand.SqlColumn + " IS NULL",
        ConditionOperator.NotNull => operand.SqlColumn + " IS NOT NULL",
        ConditionOperator.EqualUserId => CompareValue(operand, "=", ColumnValue(operand, _context.CallerId)),
        ConditionOperator.NotEqualUserId => CompareValue(operand, "<>", ColumnValue(operand, _context.CallerId)),
        ConditionOperator.EqualBusinessId => CompareValue(operand, "=", ColumnValue(operand, _context.BusinessUnitId)),
        ConditionOperator.NotEqualBusinessId => CompareValue(operand, "<>", ColumnValue(operand, _context.BusinessUnitId)),
        _ => DateCondition(operand),
    };

    private string DateCondition(ConditionOperand operand)
    {
        var today = _context.Now.Date;
        return operand.Operator switch
        {
            ConditionOperator.On => OnDate(operand, "="),
            ConditionOperator.NotOn => OnDate(operand, "<>"),
            ConditionOperator.OnOrBefore => OnDate(operand, "<="),
            ConditionOperator.OnOrAfter => OnDate(operand, ">="),
            ConditionOperator.Today => DayRange(operand, today, today),
            ConditionOperator.Yesterday => DayRange(operand, today.AddDays(-1), today.AddDays(-1)),
            ConditionOperator.Tomorrow => DayRange(operand, today.AddDays(1), today.AddDays(1)),
            ConditionOperator.LastXDays => DayRange(operand, today.AddDays(-Count(operand)), today),
            ConditionOperator.NextXDays => DayRange(operand, today, today.AddDays(Count(operand))),
            _ => throw Unsupported(operand),
        };
    }

    private string Compare(ConditionOperand operand, string sqlOperator)
    {
        var value = Single(operand);
        return CompareValue(operand, sqlOperator, value);
    }

    private string CompareValue(ConditionOperand operand, string sqlOperator, object value) =>
        $"{operand.SqlColumn} {sqlOperator} {_parameters.Add(value)}";

    private string Like(ConditionOperand operand, string sqlOperator, bool raw, string prefix, string suffix)
    {
        var text = Convert.ToString(Single(operand, convert: false), CultureInfo.InvariantCulture) ?? string.Empty;
        if (raw)
        {
            return $"{operand.SqlColumn} {sqlOperator} {_parameters.Add(text)}";
        }

        var pattern = prefix + EscapeLike(text) + suffix;
        return $"{operand.SqlColumn} {sqlOperator} {_parameters.Add(pattern)} ESCAPE '\\'";
    }

    private string InList(ConditionOperand operand, string sqlOperator)
    {
        if (operand.Values.Count == 0)
        {
            throw new EmulatorConfigurationException(
                $"Condition {operand.Operator} on '{operand.Table}.{operand.Column.LogicalName}' has no values. Pass at least one value.");
        }

        var names = operand.Values.Select(v => _parameters.Add(ConditionValues.ToDb(operand.Table, operand.Column, v)));
        return $"{operand.SqlColumn} {sqlOperator} ({string.Join(", ", names)})";
    }

    private string Between(ConditionOperand operand, string sqlOperator)
    {
        RequireCount(operand, 2);
        var low = _parameters.Add(ConditionValues.ToDb(operand.Table, operand.Column, operand.Values[0]));
        var high = _parameters.Add(ConditionValues.ToDb(operand.Table, operand.Column, operand.Values[1]));
        return $"{operand.SqlColumn} {sqlOperator} {low} AND {high}";
    }

    /// <summary>Compares the date part (UTC) of a date and time column with the date of the condition value.</summary>
    private string OnDate(ConditionOperand operand, string sqlOperator)
    {
        RequireDateColumn(operand);
        var date = (string)ConditionValues.ToDb(operand.Table, operand.Column, Single(operand, convert: false));
        return $"substr({operand.SqlColumn}, 1, 10) {sqlOperator} {_parameters.Add(date[..10])}";
    }

    private string DayRange(ConditionOperand operand, DateTime first, DateTime last)
    {
        RequireDateColumn(operand);
        var from = _parameters.Add(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var to = _parameters.Add(last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return $"substr({operand.SqlColumn}, 1, 10) BETWEEN {from} AND {to}";
    }

    private object Single(ConditionOperand operand, bool convert = true)
    {
        RequireCount(operand, 1);
        var value = operand.Values[0];
        if (!convert)
        {
            return value ?? string.Empty;
        }

        return ConditionValues.ToDb(operand.Table, operand.Column, value);
    }

    private static int Count(ConditionOperand operand)
    {
        RequireCount(operand, 1);
        return Convert.ToInt32(operand.Values[0], CultureInfo.InvariantCulture);
    }

    private static object ColumnValue(ConditionOperand operand, Guid id) =>
        ConditionValues.ToDb(operand.Table, operand.Column, id);

    private static void RequireCount(ConditionOperand operand, int count)
    {
        if (operand.Values.Count != count)
        {
            throw new EmulatorConfigurationException(
                $"Condition {operand.Operator} on '{operand.Table}.{operand.Column.LogicalName}' needs {count} " +
                $"value(s) but has {operand.Values.Count}.");
        }
    }

    private static void RequireDateColumn(ConditionOperand operand)
    {
        if (operand.Column.Type != ColumnType.DateTime)
        {
            throw new EmulatorConfigurationException(
                $"Condition {operand.Operator} applies to date and time columns, but '{operand.Table}." +
                $"{operand.Column.LogicalName}' is of type {operand.Column.Type}.");
        }
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);

    private static EmulatorConfigurationException Unsupported(ConditionOperand operand) =>
        new($"ConditionOperator.{operand.Operator} on '{operand.Table}.{operand.Column.LogicalName}' is not supported " +
            "by the emulator. Use Equal, NotEqual, GreaterThan, LessThan, GreaterEqual, LessEqual, Like, NotLike, In, " +
            "NotIn, Between, NotBetween, Null, NotNull, BeginsWith, EndsWith, Contains (and their negations), On, NotOn, " +
            "OnOrBefore, OnOrAfter, Today, Yesterday, Tomorrow, LastXDays, NextXDays, EqualUserId, NotEqualUserId, " +
            "EqualBusinessId or NotEqualBusinessId.");

    private sealed record ConditionOperand(
        string Table, ColumnMetadata Column, string SqlColumn, IReadOnlyList<object?> Values, ConditionOperator Operator);
}
