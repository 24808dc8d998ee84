using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace Cor.Packer.Packing;

/// <summary>
/// Writes and reads solution zips. Written zips depend only on the entries: fixed order, timestamps and compression
/// level.
/// </summary>
/// <remarks>
/// NOTE: byte identity is tested on one .NET runtime. Another runtime version may bundle a different zlib build whose
/// deflate output differs, although the unpacked content stays the same.
/// </remarks>
public static class DeterministicZip
{
    /// <summary>Timestamp of every entry: the earliest date a zip (DOS) timestamp can hold.</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the entries in the given order, each deflated with the same level and timestamp.</summary>
    public static void Write(Stream output, IEnumerable<PackageEntry> entries)
    {
        using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in entries)
        {
            var zipEntry = archive.CreateEntry(entry.Name, CompressionLevel.Optimal);
            zipEntry.LastWriteTime = EntryTimestamp;
            using var stream = zipEntry.Open();
            stream.Write(entry.Content);
        }
    }

    /// <summary>Reads every file entry of a zip, keyed by entry name.</summary>
    /// <exception cref="SolutionFormatException">The file is not a zip.</exception>
    public static IReadOnlyDictionary<string, byte[]> Read(string zipPath)
    {
        try
        {
            using var archive = ZipFile.OpenRead(zipPath);
            var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries[entry.FullName] = buffer.ToArray();
            }

            return entries;
        }
        catch (InvalidDataException exception)
        {
            throw new SolutionFormatException(
                $"{zipPath} is not a valid zip ({exception.Message.TrimEnd('.')}).",
                "Pass a solution zip made by 'cor pack' or an export.",
                exception);
        }
    }
}
