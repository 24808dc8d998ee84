using System.IO;
using Cor.Emulator.Metadata;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// Builds the metadata catalog: built-in system tables, then the solution's tables, whose columns are merged into a
/// built-in table of the same name.
/// </summary>
internal static class SolutionMetadataLoader
{
    public static MetadataCatalog Load(string? solutionDirectory)
    {
        var catalog = new MetadataCatalog();
        foreach (var table in BuiltInTables.Create())
        {
            catalog.AddTable(table);
        }

        if (solutionDirectory is null)
        {
            return catalog;
        }

        foreach (var path in XmlFiles.Find(Path.Combine(solutionDirectory, "Entities"), "Entity.xml", SearchOption.AllDirectories))
        {
            Merge(catalog, EntityXmlReader.Read(path));
        }

        RelationshipReader.ApplyLookupTargets(solutionDirectory, catalog);
        GlobalOptionSetReader.ApplyValues(solutionDirectory, catalog);
        return catalog;
    }

    private static void Merge(MetadataCatalog catalog, TableMetadata table)
    {
        var existing = catalog.FindTable(table.LogicalName);
        if (existing is null)
        {
            TableBuilder.AddPlatformColumns(table);
            catalog.AddTable(table);
            return;
        }

        foreach (var column in table.Columns)
        {
            if (existing.FindColumn(column.LogicalName) is null)
            {
                existing.AddColumn(column);
            }
        }
    }
}
