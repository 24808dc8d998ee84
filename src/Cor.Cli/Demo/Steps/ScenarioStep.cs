using System;
using System.Collections.Generic;
using Cor.Emulator;

namespace Cor.Cli.Demo.Steps;

/// <summary>
/// One numbered step of the demo: a title, the requests it sends and what the scenario expects of them.
/// </summary>
/// <param name="Title">What the step does, as printed.</param>
/// <param name="Expected">Whether the requests should be accepted or rejected.</param>
/// <param name="Run">Sends the requests and records facts and checks about the result.</param>
/// <param name="RejectionMentions">
/// Text that the rejection message must contain, ignoring case, so a rejection for another reason is caught.
/// </param>
/// <param name="CheckExecutions">
/// Checks the plugin runs that the step caused and returns why they are wrong, or null when they are right.
/// </param>
internal sealed record ScenarioStep(
    string Title,
    StepExpectation Expected,
    Action<StepRecorder> Run,
    string? RejectionMentions = null,
    Func<IReadOnlyList<PluginExecution>, string?>? CheckExecutions = null);
