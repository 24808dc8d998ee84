using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Cor.Packer.Tests;

/// <summary>Locations the tests read: the repository root and build configuration, stamped in at build time.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public static string Configuration => Metadata("Configuration");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "cor-packer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
