using System;
using System.IO;
using System.Xml.Linq;
using Cor.Packer.Packing;

namespace Cor.Packer.Tests;

/// <summary>
/// A writable copy of the Valid fixture solution with its plugin dll and PCF output, which a test can edit so that
/// exactly one rule fails.
/// </summary>
internal sealed class FixtureSolution
{
    private FixtureSolution(string root)
    {
        Root = root;
        SolutionDirectory = Path.Combine(root, "solution");
        PluginDirectory = Path.Combine(root, "bin");
        ControlOutput = Path.Combine(root, "pcf-out");
    }

    public string Root { get; }

    public string SolutionDirectory { get; }

    public string PluginDirectory { get; }

    public string ControlOutput { get; }

    public PackOptions Options => new()
    {
        SolutionDirectory = SolutionDirectory,
        PluginAssemblyDirectories = [PluginDirectory],
        ControlOutputDirectories = [ControlOutput],
    };

    public static FixtureSolution Create(string executeBody = FixturePlugins.CleanBody, string extraTypes = "")
    {
        var fixture = CreateWithoutPlugin();
        FixturePlugins.Build(fixture.PluginDirectory, executeBody, extraTypes);
        return fixture;
    }

    /// <summary>Copies the fixture without building its plugin dll, for tests that build a defective one.</summary>
    public static FixtureSolution CreateWithoutPlugin()
    {
        var fixture = new FixtureSolution(TestPaths.NewTempDirectory());
        TestPaths.CopyDirectory(Path.Combine(TestPaths.Fixtures, "Valid"), fixture.SolutionDirectory);
        TestPaths.CopyDirectory(Path.Combine(TestPaths.Fixtures, "pcf-out"), fixture.ControlOutput);
        return fixture;
    }

    public string PathOf(string relativePath) => Path.Combine(SolutionDirectory, relativePath);

    /// <summary>Loads a source XML file, applies the edit and saves it.</summary>
    public void EditXml(string relativePath, Action<XElement> edit)
    {
        var document = XDocument.Load(PathOf(relativePath));
        edit(document.Root!);
        document.Save(PathOf(relativePath));
    }

    public void Write(string relativePath, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relativePath))!);
        File.WriteAllText(PathOf(relativePath), content);
    }

    public const string StepPath = "SdkMessageProcessingSteps/{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}.xml";
    public const string AssemblyDataPath =
        "PluginAssemblies/CorFixturePlugins-5D0C4F0E-6A7B-4C3D-9E1F-2A3B4C5D6E7F/CorFixturePlugins.dll.data.xml";
    public const string EntityPath = "Entities/cor_meeting/Entity.xml";
    public const string SolutionPath = "Other/Solution.xml";
}
