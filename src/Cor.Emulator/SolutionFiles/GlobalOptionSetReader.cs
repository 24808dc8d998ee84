using System.Globalization;
using System.IO;
using System.Linq;
using Cor.Emulator.Metadata;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// Reads global choices from OptionSets/&lt;name&gt;.xml and gives their values to the columns that use them.
/// </summary>
internal static class GlobalOptionSetReader
{
    public static void ApplyValues(string solutionDirectory, MetadataCatalog catalog)
    {
        foreach (var file in XmlFiles.Find(Path.Combine(solutionDirectory, "OptionSets"), "*.xml", SearchOption.TopDirectoryOnly))
        {
            var root = XmlFiles.Load(file).Root!;
            var name = (root.Attribute("Name")?.Value ?? Path.GetFileNameWithoutExtension(file)).ToLowerInvariant();
            var values = XmlFiles.Descendants(root, "option")
                .Select(o => int.TryParse(o.Attribute("value")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null)
                .OfType<int>()
                .ToHashSet();
            var columns = catalog.Tables.SelectMany(t => t.Columns).Where(c => c.OptionSetName == name);
            foreach (var column in columns)
            {
                column.AllowedValues = values;
            }
        }
    }
}
