using System;
using System.Collections.Generic;
using Cor.Cli.Demo.Steps;

namespace Cor.Cli.Demo.Scenario;

/// <summary>A titled group of steps. The steps are built when the section starts, from the ids created before it.</summary>
internal sealed record ScenarioSection(
    string Title,
    string Introduction,
    Func<ScenarioContext, IEnumerable<ScenarioStep>> Steps);
