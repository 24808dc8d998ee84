using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Components;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>A table of the solution: its Entity.xml and the logical names of the columns it declares.</summary>
internal sealed record TableModel(string SchemaName, string RelativePath, XElement Root, IReadOnlySet<string> Columns)
{
    public string LogicalName => SchemaName.ToLowerInvariant();

    /// <summary>
    /// True for a table this solution creates. A table without an underscore in its name is a system table such as
    /// <c>account</c>, whose Entity.xml lists only the columns this solution adds.
    /// </summary>
    public bool IsCustom => SchemaName.Contains('_', StringComparison.Ordinal);

    public IEnumerable<XElement> Attributes => Root.Descendants("attribute");

    public static IReadOnlyDictionary<string, TableModel> LoadAll(CheckContext context)
    {
        var tables = new Dictionary<string, TableModel>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, root) in context.LoadAll(EntityFormat.Folder, "Entity.xml"))
        {
            var schemaName = root.ChildValue("Name");
            var columns = root.Descendants("attribute")
                .Select(attribute => attribute.ChildValue("LogicalName").ToLowerInvariant())
                .Where(name => name.Length > 0)
                .ToHashSet(StringComparer.Ordinal);
            tables[schemaName.ToLowerInvariant()] = new TableModel(schemaName, path, root, columns);
        }

        return tables;
    }
}
