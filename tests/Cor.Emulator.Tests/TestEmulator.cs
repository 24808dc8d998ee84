using System;
using System.IO;
using Microsoft.Xrm.Sdk;

namespace Cor.Emulator.Tests;

/// <summary>
/// Starts emulators on the test fixtures and creates common records.
/// </summary>
internal static class TestEmulator
{
    public static string BasicSolution => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Basic");

    public static DataverseEmulator Start(params PluginStepRegistration[] steps) => Start(null, steps);

    public static DataverseEmulator Start(TimeProvider? clock, params PluginStepRegistration[] steps)
    {
        var emulator = DataverseEmulator.Start(new EmulatorOptions
        {
            SolutionDirectory = BasicSolution,
            TimeProvider = clock ?? TimeProvider.System,
        });
        foreach (var step in steps)
        {
            emulator.RegisterStep(step);
        }

        return emulator;
    }

    public static Guid CreateWidget(this IOrganizationService service, string name, int? quantity = null)
    {
        var widget = new Entity("test_widget") { ["test_name"] = name };
        if (quantity is not null)
        {
            widget["test_quantity"] = quantity.Value;
        }

        return service.Create(widget);
    }

    public static PluginStepRegistration Step<TPlugin>(string message, PipelineStage stage, int rank = 1, string table = "test_widget") =>
        new()
        {
            PluginType = typeof(TPlugin),
            MessageName = message,
            PrimaryEntityName = table,
            Stage = stage,
            Rank = rank,
        };
}
