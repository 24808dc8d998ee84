using System.Collections.Generic;
using Cor.Packer.Xml;

namespace Cor.Packer.Components;

/// <summary>Every component format the packer reads and writes, in the order they are packed.</summary>
internal static class ComponentFormats
{
    public static IReadOnlyList<IComponentFormat> All { get; } =
    [
        new EntityFormat(),
        new RelationshipFormat(),
        new RecordFormat(
            "optionsets", "optionset", "OptionSets", "*.xml",
            key: option => option.AttributeValue("Name"),
            unpackPath: option => $"OptionSets/{RecordFormat.SafeFileName(option.AttributeValue("Name"))}.xml"),
        new RecordFormat(
            "Roles", "Role", "Roles", "*.xml",
            key: role => role.AttributeValue("name") + "|" + XmlValues.NormalizeGuid(role.AttributeValue("id")),
            unpackPath: role => $"Roles/{RecordFormat.SafeFileName(role.AttributeValue("name"))}.xml"),
        new WebResourceFormat(),
        new CustomControlFormat(),
        new PluginAssemblyFormat(),
        new RecordFormat(
            "SdkMessageProcessingSteps", "SdkMessageProcessingStep", "SdkMessageProcessingSteps", "*.xml",
            key: step => XmlValues.NormalizeGuid(step.AttributeValue("SdkMessageProcessingStepId")),
            unpackPath: step => "SdkMessageProcessingSteps/{" +
                XmlValues.NormalizeGuid(step.AttributeValue("SdkMessageProcessingStepId")) + "}.xml"),
        new RecordFormat(
            "AppModuleSiteMaps", "AppModuleSiteMap", "AppModuleSiteMaps", "AppModuleSiteMap.xml",
            key: siteMap => siteMap.ChildValue("SiteMapUniqueName"),
            unpackPath: siteMap => "AppModuleSiteMaps/" +
                RecordFormat.SafeFileName(siteMap.ChildValue("SiteMapUniqueName")) + "/AppModuleSiteMap.xml"),
        new RecordFormat(
            "AppModules", "AppModule", "AppModules", "AppModule.xml",
            key: app => app.ChildValue("UniqueName"),
            unpackPath: app => $"AppModules/{RecordFormat.SafeFileName(app.ChildValue("UniqueName"))}/AppModule.xml"),
        new RawFolderFormat("customapis"),
        new RawFolderFormat("environmentvariabledefinitions"),
        new RawFolderFormat("pluginpackages"),
    ];
}
