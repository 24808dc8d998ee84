using System;
using System.IO;
using System.Linq;
using Cor.Packer.Packing;
using Xunit;

namespace Cor.Packer.Tests;

public sealed class AdminGuideTests
{
    [Fact]
    public void AdminGuide_ListsEveryEnvironmentVariable()
    {
        var table = EnvironmentVariableTable.Render(Path.Combine(TestPaths.RepositoryRoot, "solution"));
        var guide = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "admin-guide.md"));

        var schemaNames = Directory.GetDirectories(
                Path.Combine(TestPaths.RepositoryRoot, "solution", "environmentvariabledefinitions"))
            .Select(Path.GetFileName);
        var missing = schemaNames.Where(name => !guide.Contains($"| `{name}` |", StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0,
            $"docs/admin-guide.md does not list {string.Join(", ", missing)}. Replace the table under " +
            $"'Environment variables' with:{Environment.NewLine}{table}");
    }

    [Fact]
    public void Table_RendersFixtureVariable()
    {
        var table = EnvironmentVariableTable.Render(Path.Combine(TestPaths.Fixtures, "Valid"));

        Assert.Contains(
            "| `cor_PlanningLeadDays` | Planning lead days | Number | `14` | Days before a meeting by which it must be planned. |",
            table, StringComparison.Ordinal);
    }
}
