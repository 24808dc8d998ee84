using System;
using System.IO;
using Cor.Cli.Demo.Setup;

namespace Cor.Cli.Tests;

/// <summary>Paths in the repository that contains the test assembly.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = SolutionLocator.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException(
            $"No CorDataverse.sln was found above {AppContext.BaseDirectory}. Run the tests from the repository.");

    public static string Solution => Path.Combine(Root, "solution");

    public static string Samples => Path.Combine(Root, "samples");
}
