using System.Collections.Generic;

namespace Cor.Packer.Packing;

/// <summary>Inputs of a pack: the source folder and the folders that contain the built binary parts.</summary>
public sealed class PackOptions
{
    /// <summary>Unpacked solution source, the folder that contains <c>Other/Solution.xml</c>.</summary>
    public required string SolutionDirectory { get; init; }

    /// <summary>
    /// Folders searched, in order, for a plugin assembly named in a <c>.dll.data.xml</c> file when the dll is not next
    /// to that file, for example <c>src/Cor.Plugins/bin/Release/net462</c>.
    /// </summary>
    public IReadOnlyList<string> PluginAssemblyDirectories { get; init; } = [];

    /// <summary>
    /// PCF build output folders searched for a control's <c>ControlManifest.xml</c> and <c>bundle.js</c> when they are
    /// not in the control's source folder, for example <c>pcf/JourneyMap/out/controls</c>.
    /// </summary>
    public IReadOnlyList<string> ControlOutputDirectories { get; init; } = [];
}
