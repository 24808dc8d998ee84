namespace Cor.Cli.Demo;

/// <summary>Options of one <c>cor demo</c> run. A null path means the default location.</summary>
/// <param name="SolutionDirectory">Unpacked solution folder, found from <paramref name="WorkingDirectory"/> when null.</param>
/// <param name="PluginDirectory">Folder that contains Cor.Plugins.dll, by default <c>plugins/</c> beside cor.</param>
/// <param name="SamplesDirectory">Folder of the scenario's JSON files, by default <c>samples/</c> beside cor.</param>
/// <param name="DatabasePath">SQLite file that the emulator stores records in, or null to keep them in memory.</param>
/// <param name="Verbose">Whether to print every trace line, the plugin's entry and exit lines included.</param>
/// <param name="WorkingDirectory">Folder where the search for CorDataverse.sln starts.</param>
internal sealed record DemoSettings(
    string? SolutionDirectory,
    string? PluginDirectory,
    string? SamplesDirectory,
    string? DatabasePath,
    bool Verbose,
    string WorkingDirectory);
