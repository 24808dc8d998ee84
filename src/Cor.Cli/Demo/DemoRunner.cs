using System;
using System.IO;
using Cor.Cli.Demo.Output;
using Cor.Cli.Demo.Samples;
using Cor.Cli.Demo.Scenario;
using Cor.Cli.Demo.Setup;
using Cor.Cli.Demo.Steps;
using Cor.Emulator;
using Microsoft.Data.Sqlite;

namespace Cor.Cli.Demo;

/// <summary>
/// Runs <c>cor demo</c>: finds the solution, the plugin assembly and the samples, starts the emulator and plays the
/// scenario step by step, stopping at the first step that does not go as expected.
/// </summary>
internal static class DemoRunner
{
    /// <summary>Runs the demo and returns one of the <see cref="DemoExitCodes"/>.</summary>
    public static int Run(DemoSettings settings, TextWriter output, TextWriter error)
    {
        try
        {
            var clock = new DemoClock(DateTimeOffset.UtcNow);
            var options = CreateEmulatorOptions(settings, clock);
            var samples = SampleLoader.Load(settings.SamplesDirectory ?? DefaultSamplesDirectory);
            WriteHeader(output, options);
            using var emulator = StartEmulator(options);
            var context = new ScenarioContext(emulator.Service, samples, clock);
            return Play(context, new StepRunner(() => emulator.Executions), new DemoOutput(output, settings.Verbose));
        }
        catch (DemoSetupException exception)
        {
            error.WriteLine("cor demo: " + exception.Message);
            return DemoExitCodes.SetupFailed;
        }
    }

    /// <summary>Folder that the build copies the samples into: <c>samples/</c> beside the running assembly.</summary>
    public static string DefaultSamplesDirectory => Path.Combine(AppContext.BaseDirectory, "samples");

    private static EmulatorOptions CreateEmulatorOptions(DemoSettings settings, DemoClock clock) => new()
    {
        TimeProvider = clock,
        SolutionDirectory = SolutionLocator.Locate(settings.SolutionDirectory, settings.WorkingDirectory),
        PluginAssemblyDirectory = PluginAssemblyLocator.Locate(settings.PluginDirectory),
        DatabasePath = DatabaseLocator.Locate(settings.DatabasePath),
    };

    private static DataverseEmulator StartEmulator(EmulatorOptions options)
    {
        try
        {
            return DataverseEmulator.Start(options);
        }
        catch (EmulatorConfigurationException exception)
        {
            throw new DemoSetupException("The emulator could not start: " + exception.Message, exception);
        }
        catch (SqliteException exception)
        {
            throw new DemoSetupException(
                $"The --database file {options.DatabasePath} could not be opened as an SQLite database "
                + $"({exception.Message.TrimEnd('.')}). Pass the path of a new file, or of a database that an "
                + "earlier cor demo wrote.",
                exception);
        }
    }

    private static void WriteHeader(TextWriter output, EmulatorOptions options)
    {
        output.WriteLine("cor demo: a COR scenario run through the local Dataverse emulator with the real plugin");
        output.WriteLine($"  solution:        {options.SolutionDirectory}");
        output.WriteLine(
            $"  plugin assembly: {Path.Combine(options.PluginAssemblyDirectory!, PluginAssemblyLocator.AssemblyFileName)}");
        output.WriteLine($"  database:        {options.DatabasePath ?? "in memory"}");
    }

    private static int Play(ScenarioContext context, StepRunner runner, DemoOutput output)
    {
        var stepCount = 0;
        foreach (var section in DemoScenario.Sections)
        {
            output.WriteHeading(section.Title);
            output.WriteParagraph(section.Introduction);
            output.WriteLine();
            foreach (var step in section.Steps(context))
            {
                var result = runner.Run(step);
                output.WriteStep(result);
                stepCount++;
                if (!result.IsAsExpected)
                {
                    output.WriteLine();
                    output.WriteLine(
                        $"Stopped at step {result.Number}, which did not go as the scenario expects; the later steps "
                        + "build on it. The plugin, the emulator or the samples behave differently from the scenario.");
                    return DemoExitCodes.UnexpectedOutcome;
                }
            }
        }

        output.WriteLine();
        output.WriteLine($"Done: all {stepCount} steps were accepted or rejected as the scenario expects.");
        return DemoExitCodes.Success;
    }
}
