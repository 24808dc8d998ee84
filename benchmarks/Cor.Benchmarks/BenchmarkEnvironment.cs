using System;
using System.IO;
using Cor.Emulator;

namespace Cor.Benchmarks;

/// <summary>Starts emulators on the repository's solution with the built plugin assembly.</summary>
public static class BenchmarkEnvironment
{
    /// <summary>
    /// Starts an in-memory emulator. The solution folder is found beside the nearest CorDataverse.sln above the
    /// benchmark assembly, which also holds for the project that BenchmarkDotNet generates under bin/.
    /// </summary>
    public static DataverseEmulator StartEmulator(TimeProvider clock) => DataverseEmulator.Start(new EmulatorOptions
    {
        SolutionDirectory = Path.Combine(FindRepositoryRoot(), "solution"),
        PluginAssemblyDirectory = Path.Combine(AppContext.BaseDirectory, "plugins"),
        TimeProvider = clock,
    });

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CorDataverse.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No CorDataverse.sln was found above {AppContext.BaseDirectory}. Run the benchmarks from the repository.");
    }
}
