using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// Reads plugin steps from an unpacked solution's SdkMessageProcessingSteps/{id}.xml files.
/// </summary>
internal static class StepXmlReader
{
    public static IReadOnlyList<StepDefinition> ReadAll(string solutionDirectory) =>
        XmlFiles.Find(Path.Combine(solutionDirectory, "SdkMessageProcessingSteps"), "*.xml", SearchOption.TopDirectoryOnly)
            .Select(Read)
            .ToList();

    private static StepDefinition Read(string path)
    {
        var step = XmlFiles.Load(path).Root!;
        var name = step.Attribute("Name")?.Value;
        var pluginTypeName = XmlFiles.ChildText(step, "PluginTypeName") ?? throw MissingType(path, step);
        var comma = pluginTypeName.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            throw new EmulatorConfigurationException(
                $"Step file '{path}' has PluginTypeName '{pluginTypeName}' without an assembly name. " +
                "Write it as '<Namespace.Type>, <Assembly>, Version=..., Culture=neutral, PublicKeyToken=...'.");
        }

        var message = SdkMessageNames.Find(XmlFiles.ChildText(step, "SdkMessageId")) ?? SdkMessageNames.FromStepName(name)
            ?? throw new EmulatorConfigurationException(
                $"Step file '{path}' has an SdkMessageId the emulator does not know and a Name without the message. " +
                "Name the step '<type>: <Message> of <table>'.");
        var stepId = Guid.TryParse(step.Attribute("SdkMessageProcessingStepId")?.Value, out var id) ? id : Guid.NewGuid();
        return new StepDefinition(stepId, path, pluginTypeName[..comma].Trim(),
            pluginTypeName[(comma + 1)..].Trim(), type => ToRegistration(step, type, message, name));
    }

    // NOTE: the ImpersonatingUserId element name follows the sdkmessageprocessingstep column impersonatinguserid; no
    // exported step with an impersonating user was available to confirm it.
    private static PluginStepRegistration ToRegistration(XElement step, Type pluginType, string message, string? name) => new()
    {
        PluginType = pluginType,
        Name = name,
        MessageName = message,
        PrimaryEntityName = XmlFiles.ChildText(step, "PrimaryEntity")?.ToLowerInvariant(),
        Stage = (PipelineStage)Int(step, "Stage", 20),
        Mode = (StepMode)Int(step, "Mode", 0),
        Rank = Int(step, "Rank", 1),
        FilteringAttributes = Split(XmlFiles.ChildText(step, "FilteringAttributes")),
        UnsecureConfiguration = XmlFiles.ChildText(step, "Configuration"),
        ImpersonatingUserId = Guid.TryParse(XmlFiles.ChildText(step, "ImpersonatingUserId"), out var user) ? user : null,
        Images = XmlFiles.Descendants(step, "SdkMessageProcessingStepImage").Select(ReadImage).ToList(),
    };

    private static StepImageRegistration ReadImage(XElement image) =>
        new(XmlFiles.ChildText(image, "EntityAlias") ?? image.Attribute("Name")?.Value ?? "Image",
            (StepImageType)Int(image, "ImageType", 0),
            Split(XmlFiles.ChildText(image, "Attributes")));

    private static int Int(XElement element, string name, int fallback) =>
        int.TryParse(XmlFiles.ChildText(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;

    private static IReadOnlyList<string> Split(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static EmulatorConfigurationException MissingType(string path, XElement step) =>
        XmlFiles.ChildText(step, "PluginTypeExportKey") is null
            ? new($"Step file '{path}' has no PluginTypeName. Add the plugin type's assembly-qualified name.")
            : new($"Step file '{path}' is bound to a plug-in package type through PluginTypeExportKey, which the " +
                "emulator cannot load. Register the type from a classic plugin assembly, or set " +
                "EmulatorOptions.LoadSolutionSteps to false.");
}
