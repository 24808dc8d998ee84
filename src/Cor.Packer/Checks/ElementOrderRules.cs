using System.Collections.Generic;
using System.Reflection;
using System.Text.Json;

namespace Cor.Packer.Checks;

/// <summary>One entry of ElementOrder.json: which element, in which files, and its child order.</summary>
internal sealed record ElementOrderSpec(
    string? Folder,
    string? Pattern,
    string? ZipPart,
    string Element,
    bool Strict,
    IReadOnlyList<string> Order,
    IReadOnlyList<string> Required);

/// <summary>The element order rules, read from the ElementOrder.json resource embedded in this assembly.</summary>
internal static class ElementOrderRules
{
    private sealed record Document(string Source, IReadOnlyList<ElementOrderSpec> Rules);

    public static IReadOnlyList<ElementOrderSpec> All { get; } = Load();

    private static IReadOnlyList<ElementOrderSpec> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Cor.Packer.ElementOrder.json")!;
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<Document>(stream, options)!.Rules;
    }
}
