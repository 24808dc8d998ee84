using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks that no file of the source or the zip is a Microsoft.Xrm.Sdk assembly: the project's stand-in must never
/// ship, because Dataverse loads its own SDK.
/// </summary>
internal sealed class SdkStandInRule : ISolutionRule
{
    public const string RuleId = "cor-sdk-stand-in";

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        var names = context.Zip is not null
            ? context.Zip.Entries.Keys.ToList()
            : Directory.EnumerateFiles(context.SourceDirectory, "*.dll", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(context.SourceDirectory, path).Replace('\\', '/'))
                .ToList();
        foreach (var name in names.Where(IsSdkAssembly).Order(StringComparer.Ordinal))
        {
            yield return new SolutionDiagnostic(
                RuleId,
                context.Zip is null ? context.Display(name) : $"{context.Zip.Path}!{name}",
                "(file)",
                $"'{name}' is a Microsoft.Xrm.Sdk assembly. The solution must not carry the SDK or its stand-in.",
                "Delete the file; Dataverse provides Microsoft.Xrm.Sdk at run time.");
        }
    }

    private static bool IsSdkAssembly(string name)
    {
        var fileName = Path.GetFileName(name);
        return fileName.StartsWith("Microsoft.Xrm.Sdk", StringComparison.OrdinalIgnoreCase)
            && fileName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
    }
}
