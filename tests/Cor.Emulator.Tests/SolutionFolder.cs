using System;
using System.IO;
using System.Linq;

namespace Cor.Emulator.Tests;

/// <summary>
/// A temporary copy of the Basic fixture solution that a test can add step and assembly files to.
/// </summary>
internal sealed class SolutionFolder : IDisposable
{
    public SolutionFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cor-emulator-" + Guid.NewGuid().ToString("N"));
        Copy(TestEmulator.BasicSolution, Path);
    }

    public string Path { get; }

    public void Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    /// <summary>Registers an assembly under PluginAssemblies with the given FullName.</summary>
    public void WriteAssembly(string fullName, params (Type Type, Guid Id)[] pluginTypes)
    {
        var name = fullName.Split(',')[0].Replace(".", string.Empty, StringComparison.Ordinal);
        var types = string.Concat(pluginTypes.Select(t =>
            $"<PluginType AssemblyQualifiedName=\"{t.Type.FullName}, {fullName}\" PluginTypeId=\"{t.Id}\" Name=\"{t.Type.FullName}\" />"));
        Write($"PluginAssemblies/{name}-0A7B/{name}.dll.data.xml",
            $"<PluginAssembly FullName=\"{fullName}\" PluginAssemblyId=\"{Guid.NewGuid()}\"><PluginTypes>{types}</PluginTypes></PluginAssembly>");
    }

    /// <summary>Writes a step file for a plugin type of the given assembly.</summary>
    public void WriteStep(string typeName, string assemblyFullName, string messageId, int stage, string extra = "")
    {
        var id = "{" + Guid.NewGuid() + "}";
        Write($"SdkMessageProcessingSteps/{id}.xml", $"""
            <SdkMessageProcessingStep Name="{typeName}: Message of test_widget" SdkMessageProcessingStepId="{id}">
              <SdkMessageId>{messageId}</SdkMessageId>
              <PluginTypeName>{typeName}, {assemblyFullName}</PluginTypeName>
              <PrimaryEntity>test_widget</PrimaryEntity>
              <Mode>0</Mode>
              <Rank>1</Rank>
              <Stage>{stage}</Stage>
              {extra}
            </SdkMessageProcessingStep>
            """);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder does not affect other tests.
        }
    }

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source))
        {
            Copy(directory, System.IO.Path.Combine(target, System.IO.Path.GetFileName(directory)));
        }
    }
}
