using System;
using System.IO;
using System.IO.Compression;
using System.Xml.Linq;

namespace Cor.Packer.Tests;

/// <summary>Changes or removes parts of a packed zip, to make fixtures that fail one zip-level rule.</summary>
internal static class ZipEditor
{
    public static void EditXml(string zipPath, string entryName, Action<XElement> edit)
    {
        using var archive = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        var entry = archive.GetEntry(entryName)!;
        XDocument document;
        using (var stream = entry.Open())
        {
            document = XDocument.Load(stream);
        }

        edit(document.Root!);
        entry.Delete();
        using var output = archive.CreateEntry(entryName).Open();
        document.Save(output);
    }

    public static void Add(string zipPath, string entryName, byte[] content)
    {
        using var archive = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        using var stream = archive.CreateEntry(entryName).Open();
        stream.Write(content);
    }

    public static void Remove(string zipPath, string entryName)
    {
        using var archive = ZipFile.Open(zipPath, ZipArchiveMode.Update);
        archive.GetEntry(entryName)!.Delete();
    }

    public static byte[] Read(string path) => File.ReadAllBytes(path);
}
