using System;
using System.Collections.Generic;

namespace Cor.Emulator;

/// <summary>
/// A plugin step registered in code, in addition to the steps read from solution/SdkMessageProcessingSteps.
/// </summary>
public sealed class PluginStepRegistration
{
    /// <summary>Plugin class; it must implement IPlugin and have a public constructor taking (), (string) or (string, string).</summary>
    public required Type PluginType { get; init; }

    /// <summary>Message name, such as Create, Update, CreateMultiple or a Custom API's unique name.</summary>
    public required string MessageName { get; init; }

    /// <summary>Table logical name, or null for a step that runs for every table.</summary>
    public string? PrimaryEntityName { get; init; }

    public PipelineStage Stage { get; init; } = PipelineStage.PreOperation;

    public StepMode Mode { get; init; } = StepMode.Synchronous;

    /// <summary>Execution order within the stage; lower ranks run first.</summary>
    public int Rank { get; init; } = 1;

    /// <summary>For Update and UpdateMultiple: the step runs only when Target contains one of these columns. Empty means always.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = Array.Empty<string>();

    public IReadOnlyList<StepImageRegistration> Images { get; init; } = Array.Empty<StepImageRegistration>();

    /// <summary>Unsecure configuration, passed as the first constructor argument.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>Secure configuration, passed as the second constructor argument.</summary>
    public string? SecureConfiguration { get; init; }

    /// <summary>User the step runs as (context.UserId); null runs it as the calling user.</summary>
    public Guid? ImpersonatingUserId { get; init; }

    /// <summary>Step name shown in <see cref="PluginExecution"/>; defaults to "&lt;type&gt;: &lt;message&gt; of &lt;table&gt;".</summary>
    public string? Name { get; init; }
}
