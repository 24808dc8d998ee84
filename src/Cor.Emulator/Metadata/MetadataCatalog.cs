using System;
using System.Collections.Generic;
using System.Linq;

namespace Cor.Emulator.Metadata;

/// <summary>
/// The tables known to one emulator: built-in system tables merged with the solution's tables and additions.
/// </summary>
public sealed class MetadataCatalog
{
    private readonly Dictionary<string, TableMetadata> _tables = new(StringComparer.Ordinal);
    private readonly List<RelationshipMetadata> _relationships = new();

    public IEnumerable<TableMetadata> Tables => _tables.Values;

    public IReadOnlyList<RelationshipMetadata> Relationships => _relationships;

    public void AddRelationship(RelationshipMetadata relationship) => _relationships.Add(relationship);

    public TableMetadata? FindTable(string logicalName) =>
        _tables.TryGetValue(logicalName, out var table) ? table : null;

    public void AddTable(TableMetadata table) => _tables[table.LogicalName] = table;

    /// <summary>
    /// Returns the table or throws <see cref="EmulatorConfigurationException"/> that lists close matches.
    /// </summary>
    public TableMetadata GetTable(string logicalName)
    {
        var table = FindTable(logicalName ?? string.Empty);
        if (table is not null)
        {
            return table;
        }

        var suggestions = NameSuggester.Suggest(logicalName ?? string.Empty, _tables.Keys);
        var hint = suggestions.Count == 0
            ? "Add solution/Entities/<table>/Entity.xml or use one of the built-in system tables."
            : "Did you mean: " + string.Join(", ", suggestions.Select(s => "'" + s + "'")) + "?";
        throw new EmulatorConfigurationException(
            $"Could not find a table with logical name '{logicalName}' in the emulator's metadata. {hint}");
    }
}
