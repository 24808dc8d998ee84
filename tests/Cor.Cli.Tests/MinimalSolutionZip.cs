using System.IO;
using System.IO.Compression;

namespace Cor.Cli.Tests;

/// <summary>Writes the smallest zip that <c>cor unpack</c> accepts: the three root parts of a solution.</summary>
internal static class MinimalSolutionZip
{
    public static string Write(string folder)
    {
        var path = Path.Combine(folder, "Minimal.zip");
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        AddEntry(archive, "solution.xml",
            "<ImportExportXml><SolutionManifest><UniqueName>Minimal</UniqueName></SolutionManifest></ImportExportXml>");
        AddEntry(archive, "customizations.xml", "<ImportExportXml><Entities /></ImportExportXml>");
        AddEntry(archive, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"xml\" ContentType=\"application/octet-stream\" /></Types>");
        return path;
    }

    private static void AddEntry(ZipArchive archive, string name, string content)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open());
        writer.Write(content);
    }
}
