using System;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// A step read from solution/SdkMessageProcessingSteps before its plugin type is loaded.
/// </summary>
internal sealed record StepDefinition(
    Guid StepId,
    string FilePath,
    string TypeName,
    string AssemblyName,
    Func<Type, PluginStepRegistration> Register);
