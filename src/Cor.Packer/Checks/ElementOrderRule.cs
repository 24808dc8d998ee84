using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks child order, required children and, for strict elements, unknown children against ElementOrder.json.
/// </summary>
internal sealed class ElementOrderRule : ISolutionRule
{
    public const string RuleId = "cor-element-order";

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        foreach (var spec in ElementOrderRules.All)
        {
            foreach (var (file, root) in FilesOf(context, spec))
            {
                var elements = root.DescendantsAndSelf(spec.Element);
                foreach (var diagnostic in elements.SelectMany(element => CheckElement(file, element, spec)))
                {
                    yield return diagnostic;
                }
            }
        }
    }

    private static IEnumerable<(string File, XElement Root)> FilesOf(CheckContext context, ElementOrderSpec spec)
    {
        if (spec.ZipPart is not null)
        {
            if (context.Zip is not null && context.Zip.Entries.TryGetValue(spec.ZipPart, out var content))
            {
                var display = $"{context.Zip.Path}!{spec.ZipPart}";
                yield return (display, XmlFiles.Parse(content, display).Root!);
            }

            yield break;
        }

        foreach (var (path, root) in context.LoadAll(spec.Folder!, spec.Pattern!))
        {
            yield return (context.Display(path), root);
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckElement(string file, XElement element, ElementOrderSpec spec)
    {
        var children = element.Elements().Select(child => child.Name.LocalName).ToList();
        var highest = -1;
        foreach (var child in children)
        {
            var index = IndexOf(spec.Order, child);
            if (index < 0)
            {
                if (spec.Strict)
                {
                    yield return new SolutionDiagnostic(
                        RuleId, file, $"{spec.Element}/{child}",
                        $"<{child}> is not an allowed child of <{spec.Element}>.",
                        $"Remove it or correct its name. Allowed children in order: {string.Join(", ", spec.Order)}.");
                }

                continue;
            }

            if (index < highest)
            {
                yield return new SolutionDiagnostic(
                    RuleId, file, $"{spec.Element}/{child}",
                    $"<{child}> comes after <{spec.Order[highest]}>, but the schema order puts it before.",
                    $"Move <{child}> before <{spec.Order[highest]}>. The order is {string.Join(", ", spec.Order)}.");
            }

            highest = Math.Max(highest, index);
        }

        foreach (var required in spec.Required.Where(name => !children.Contains(name, StringComparer.Ordinal)))
        {
            yield return new SolutionDiagnostic(
                RuleId, file, $"{spec.Element}/{required}",
                $"<{spec.Element}> has no <{required}>, which is required.",
                $"Add <{required}> in its place in the order {string.Join(", ", spec.Order)}.");
        }
    }

    private static int IndexOf(IReadOnlyList<string> order, string name)
    {
        for (var index = 0; index < order.Count; index++)
        {
            if (string.Equals(order[index], name, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return -1;
    }
}
