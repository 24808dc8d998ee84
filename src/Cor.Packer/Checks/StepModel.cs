using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>A step file parsed into the values the step and solution-checker rules compare.</summary>
internal sealed record StepModel(string RelativePath, XElement Root)
{
    /// <summary>Message ids seen in real exports. They are the same in every environment.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownMessages = new Dictionary<string, string>
    {
        ["9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"] = "Create",
        ["20bebb1b-ea3e-db11-86a7-000a3a5473e8"] = "Update",
        ["a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"] = "Delete",
    };

    public string MessageId => XmlValues.NormalizeGuid(Root.ChildValue("SdkMessageId"));

    public string Message => KnownMessages.TryGetValue(MessageId, out var name) ? name : string.Empty;

    public string Table => Root.ChildValue("PrimaryEntity").ToLowerInvariant();

    public int? Stage => ParseInt(Root.ChildValue("Stage"));

    public int? Mode => ParseInt(Root.ChildValue("Mode"));

    public string PluginTypeName => Root.ChildValue("PluginTypeName");

    public string PluginTypeId => XmlValues.NormalizeGuid(Root.ChildValue("PluginTypeId"));

    public string[] FilteringAttributes => XmlValues.SplitNames(Root.ChildValue("FilteringAttributes"));

    public IEnumerable<XElement> Images =>
        Root.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage") ?? [];

    /// <summary>Key of the registration: two steps with the same key run the same code for the same event.</summary>
    public string RegistrationKey => string.Join(
        "|",
        PluginTypeId.Length > 0 ? PluginTypeId : PluginTypeName.Split(',')[0].Trim(),
        MessageId, Table, Stage, Mode, string.Join(",", FilteringAttributes.Order(StringComparer.Ordinal)));

    public static IReadOnlyList<StepModel> LoadAll(CheckContext context) =>
        context.LoadAll("SdkMessageProcessingSteps", "*.xml", recursive: false)
            .Select(file => new StepModel(file.Path, file.Root))
            .ToList();

    public static int? ParseInt(string value)
    {
        var parsed = int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number);
        return parsed ? number : null;
    }
}
