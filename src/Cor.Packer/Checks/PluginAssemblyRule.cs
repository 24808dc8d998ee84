using System;
using System.Collections.Generic;
using System.IO;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks each plugin assembly against its dll: folder and FileName layout, identity including the public key token,
/// strong-name signature, .NET Framework 4.6.2 target, the 16 MB limit, and that the Microsoft.Xrm.Sdk stand-in is
/// neither the dll nor compiled into it.
/// </summary>
internal sealed class PluginAssemblyRule : ISolutionRule
{
    public const string RuleId = "cor-plugin-assembly";
    public const long MaxAssemblyBytes = 16L * 1024 * 1024;
    private const string NetFramework462 = ".NETFramework,Version=v4.6.2";

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        foreach (var assembly in context.Assemblies)
        {
            foreach (var diagnostic in CheckLayout(context, assembly))
            {
                yield return diagnostic;
            }

            foreach (var diagnostic in CheckDll(context, assembly))
            {
                yield return diagnostic;
            }
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckLayout(CheckContext context, PluginAssemblyModel assembly)
    {
        var simpleName = assembly.FullName.Split(',')[0].Trim();
        var noDots = simpleName.Replace(".", string.Empty, StringComparison.Ordinal);
        var id = XmlValues.NormalizeGuid(assembly.Root.AttributeValue("PluginAssemblyId")).ToUpperInvariant();
        var expected = $"/PluginAssemblies/{noDots}-{id}/{noDots}.dll";
        var fileName = assembly.Root.ChildValue("FileName");
        if (!string.Equals(fileName, expected, StringComparison.Ordinal)
            || !string.Equals("/" + assembly.RelativePath[..^".data.xml".Length], expected, StringComparison.Ordinal))
        {
            yield return context.Error(
                RuleId, assembly.RelativePath, "PluginAssembly/FileName",
                $"The file and its <FileName> '{fileName}' do not follow the layout '{expected}' " +
                "(name without dots, a dash, the assembly id in upper case).",
                $"Move the file to {expected.TrimStart('/')}.data.xml and write <FileName>{expected}</FileName>.");
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckDll(CheckContext context, PluginAssemblyModel assembly)
    {
        var facts = assembly.Facts;
        if (facts is null)
        {
            yield return context.Error(
                RuleId, assembly.RelativePath, "PluginAssembly",
                $"The plugin assembly '{assembly.FullName}' cannot be checked: {assembly.Problem}.",
                "Build it with 'dotnet build src/Cor.Plugins -f net462' or pass its folder with " +
                "--plugin-assembly-dir.");
            yield break;
        }

        var dll = assembly.DllPath!;
        if (!string.Equals(facts.FullName, assembly.FullName, StringComparison.OrdinalIgnoreCase))
        {
            yield return context.Error(
                RuleId, assembly.RelativePath, "PluginAssembly/@FullName",
                $"FullName is '{assembly.FullName}' but the dll {Path.GetFileName(dll)} is '{facts.FullName}'.",
                $"Write FullName=\"{facts.FullName}\" here and in the type 91 root component, or rebuild the dll.");
        }

        if (!facts.IsStrongNameSigned)
        {
            yield return context.Error(
                RuleId, assembly.RelativePath, "PluginAssembly",
                $"{Path.GetFileName(dll)} is not strong-name signed; Dataverse rejects unsigned classic assemblies.",
                "Set SignAssembly and AssemblyOriginatorKeyFile in the plugin project and rebuild.");
        }

        if (!string.Equals(facts.TargetFramework, NetFramework462, StringComparison.Ordinal))
        {
            yield return context.Error(
                RuleId, assembly.RelativePath, "PluginAssembly",
                $"{Path.GetFileName(dll)} targets '{facts.TargetFramework}'. The sandbox runs {NetFramework462}.",
                "Pack the net462 build (bin/<Configuration>/net462).");
        }

        if (facts.FileSize > MaxAssemblyBytes)
        {
            yield return context.Error(
                RuleId, assembly.RelativePath, "PluginAssembly",
                $"{Path.GetFileName(dll)} is {facts.FileSize} bytes. The limit is {MaxAssemblyBytes} bytes (16 MB).",
                "Remove merged dependencies or move them into a plugin package.");
        }

        foreach (var diagnostic in CheckStandIn(context, assembly, facts))
        {
            yield return diagnostic;
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckStandIn(
        CheckContext context, PluginAssemblyModel assembly, Assemblies.AssemblyFacts facts)
    {
        if (facts.Name.StartsWith("Microsoft.Xrm.Sdk", StringComparison.OrdinalIgnoreCase))
        {
            yield return context.Error(
                SdkStandInRule.RuleId, assembly.RelativePath, "PluginAssembly",
                $"The registered dll is {facts.Name}, the SDK stand-in; Dataverse provides the real SDK.",
                "Register Cor.Plugins.dll and never the Microsoft.Xrm.Sdk stand-in.");
        }

        foreach (var type in facts.Types.Keys)
        {
            if (type.StartsWith("Microsoft.Xrm.Sdk.", StringComparison.Ordinal))
            {
                yield return context.Error(
                    SdkStandInRule.RuleId, assembly.RelativePath, "PluginAssembly",
                    $"The dll defines '{type}', so the SDK stand-in was compiled into the plugin assembly.",
                    "Reference the stand-in project instead of including its source files.");
                yield break;
            }
        }
    }
}
