using System;
using System.IO;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Cor.Emulator.Tests;

public sealed class FileDatabaseTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "cor-emulator-" + Guid.NewGuid().ToString("N") + ".db");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Records_PersistAcrossInstances()
    {
        Guid id;
        using (var first = Start())
        {
            id = first.Service.CreateWidget("Kept", quantity: 7);
        }

        using var second = Start();
        var widget = second.Service.Retrieve("test_widget", id, new ColumnSet("test_name", "test_quantity"));

        Assert.Equal("Kept", widget["test_name"]);
        Assert.Equal(7, widget["test_quantity"]);
        Assert.True(File.Exists(_path));
    }

    [Fact]
    public void Start_MissingFolderNamesPathAndFix()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cor-emulator-missing-" + Guid.NewGuid().ToString("N"));
        var options = new EmulatorOptions
        {
            SolutionDirectory = TestEmulator.BasicSolution,
            DatabasePath = Path.Combine(folder, "cor.db"),
        };

        var error = Assert.Throws<EmulatorConfigurationException>(() => DataverseEmulator.Start(options));

        Assert.Contains($"The database folder '{folder}' does not exist.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Create it first", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DatabasePath", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    private DataverseEmulator Start() => DataverseEmulator.Start(new EmulatorOptions
    {
        SolutionDirectory = TestEmulator.BasicSolution,
        DatabasePath = _path,
    });
}
