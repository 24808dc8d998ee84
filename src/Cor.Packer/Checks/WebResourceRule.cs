using System;
using System.Collections.Generic;
using Cor.Packer.Components;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks web resources: the content file sits next to its <c>.data.xml</c>, and <c>FileName</c> is
/// <c>/WebResources/</c> followed by the name without slashes and dots and the id in upper case, the form exports use.
/// </summary>
internal sealed class WebResourceRule : ISolutionRule
{
    public const string RuleId = "cor-web-resource";

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        foreach (var (path, resource) in context.LoadAll(WebResourceFormat.Folder, "*.data.xml"))
        {
            var contentPath = path[..^".data.xml".Length];
            if (!context.Exists(contentPath))
            {
                yield return context.Error(RuleId, path, "WebResource",
                    $"The content file '{contentPath}' is missing.", "Add the file or delete the .data.xml.");
            }

            var name = resource.ChildValue("Name");
            var id = XmlValues.NormalizeGuid(resource.ChildValue("WebResourceId")).ToUpperInvariant();
            var flattened = name.Replace("/", string.Empty, StringComparison.Ordinal)
                .Replace(".", string.Empty, StringComparison.Ordinal);
            var expected = $"/WebResources/{flattened}{id}";
            if (resource.ChildValue("FileName") != expected)
            {
                yield return context.Error(RuleId, path, "WebResource/FileName",
                    $"<FileName> is '{resource.ChildValue("FileName")}'.", $"Write <FileName>{expected}</FileName>.");
            }
        }
    }
}
