using System;
using System.Collections.Generic;
using System.Linq;

namespace Cor.Emulator.Metadata;

/// <summary>
/// A Dataverse table in the emulator's metadata: logical name, primary columns, ownership, columns and state model.
/// </summary>
public sealed class TableMetadata
{
    private readonly Dictionary<string, ColumnMetadata> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _defaultStatusByState = new();
    private readonly Dictionary<int, int> _stateByStatus = new();

    public TableMetadata(string logicalName, string primaryIdAttribute, TableOwnership ownership)
    {
        LogicalName = logicalName;
        PrimaryIdAttribute = primaryIdAttribute;
        Ownership = ownership;
    }

    public string LogicalName { get; }

    public string PrimaryIdAttribute { get; }

    /// <summary>Primary name column, or null when the table has none.</summary>
    public string? PrimaryNameAttribute { get; internal set; }

    public TableOwnership Ownership { get; internal set; }

    public IEnumerable<ColumnMetadata> Columns => _columns.Values;

    /// <summary>Default status reason of each state, as the metadata defines it.</summary>
    public IReadOnlyDictionary<int, int> DefaultStatusByState => _defaultStatusByState;

    /// <summary>State that each known status reason belongs to.</summary>
    public IReadOnlyDictionary<int, int> StateByStatus => _stateByStatus;

    public bool HasStateModel => _columns.ContainsKey("statecode");

    public ColumnMetadata? FindColumn(string logicalName) =>
        _columns.TryGetValue(logicalName, out var column) ? column : null;

    /// <summary>
    /// Adds a column, or replaces a column of the same name (a solution may redefine a built-in column).
    /// </summary>
    public void AddColumn(ColumnMetadata column) => _columns[column.LogicalName] = column;

    public void SetDefaultStatus(int state, int status) => _defaultStatusByState[state] = status;

    public void SetStatusState(int status, int state) => _stateByStatus[status] = state;

    /// <summary>
    /// Returns the column or throws <see cref="EmulatorConfigurationException"/> that names the table and close matches.
    /// </summary>
    public ColumnMetadata GetColumn(string logicalName)
    {
        var column = FindColumn(logicalName);
        if (column is not null)
        {
            return column;
        }

        var suggestions = NameSuggester.Suggest(logicalName, _columns.Keys);
        var hint = suggestions.Count == 0
            ? "Check the column's logical name in solution/Entities/<table>/Entity.xml."
            : "Did you mean: " + string.Join(", ", suggestions.Select(s => "'" + s + "'")) + "?";
        throw new EmulatorConfigurationException(
            $"'{LogicalName}' entity doesn't contain attribute with Name = '{logicalName}'. {hint}");
    }
}
