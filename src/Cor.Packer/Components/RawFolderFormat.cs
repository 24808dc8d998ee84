using System.IO;
using Cor.Packer.Packing;

namespace Cor.Packer.Components;

/// <summary>
/// Components that keep their source path inside the zip and never appear in customizations.xml: custom APIs,
/// environment variable definitions and plugin packages. Their files are copied byte for byte.
/// </summary>
internal sealed class RawFolderFormat : IComponentFormat
{
    private readonly string _folder;

    public RawFolderFormat(string folder)
    {
        _folder = folder;
    }

    public string[] Containers => [];

    public void Pack(PackContext context)
    {
        var directory = context.FullPath(_folder);
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var entryName = Path.GetRelativePath(context.SourceDirectory, path).Replace('\\', '/');
            context.AddEntry(entryName, File.ReadAllBytes(path));
        }
    }

    public void Unpack(UnpackContext context) => context.CopyEntriesUnder(_folder + "/");
}
