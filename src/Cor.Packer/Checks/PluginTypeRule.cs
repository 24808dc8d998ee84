using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks that every registered plugin type is a public, non-abstract class of its dll that implements
/// <c>Microsoft.Xrm.Sdk.IPlugin</c>, and that every step names a registered type by both name and id.
/// </summary>
internal sealed class PluginTypeRule : ISolutionRule
{
    public const string RuleId = "cor-plugin-type";

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        foreach (var assembly in context.Assemblies)
        {
            foreach (var diagnostic in assembly.PluginTypes.SelectMany(type => CheckType(context, assembly, type)))
            {
                yield return diagnostic;
            }
        }

        foreach (var diagnostic in StepModel.LoadAll(context).SelectMany(step => CheckStepType(context, step)))
        {
            yield return diagnostic;
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckType(
        CheckContext context, PluginAssemblyModel assembly, System.Xml.Linq.XElement pluginType)
    {
        var name = pluginType.AttributeValue("Name");
        var expectedQualified = $"{name}, {assembly.FullName}";
        if (pluginType.AttributeValue("AssemblyQualifiedName") != expectedQualified)
        {
            yield return context.Error(
                RuleId, assembly.RelativePath, $"PluginType[@Name='{name}']/@AssemblyQualifiedName",
                $"AssemblyQualifiedName is '{pluginType.AttributeValue("AssemblyQualifiedName")}'.",
                $"Write '{expectedQualified}'.");
        }

        if (assembly.Facts is null)
        {
            yield break;
        }

        if (!assembly.Facts.Types.TryGetValue(name, out var type))
        {
            yield return context.Error(
                RuleId, assembly.RelativePath, $"PluginType[@Name='{name}']",
                $"The dll has no type '{name}'.",
                "Correct the type name (namespace and class) or remove the plugin type and its steps.");
            yield break;
        }

        if (!type.IsClass || !type.IsPublic || type.IsAbstract || !type.ImplementsIPlugin)
        {
            yield return context.Error(
                RuleId, assembly.RelativePath, $"PluginType[@Name='{name}']",
                $"'{name}' is not a public, non-abstract class that implements " +
                $"{Assemblies.AssemblyInspector.PluginInterface}.",
                "Make the class public and concrete, and implement IPlugin directly or through a base class in " +
                "the same assembly.");
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckStepType(CheckContext context, StepModel step)
    {
        if (step.Root.Element("PluginTypeExportKey") is not null)
        {
            yield break;
        }

        var types = context.Assemblies
            .SelectMany(assembly => assembly.PluginTypes)
            .Where(type => XmlValues.NormalizeGuid(type.AttributeValue("PluginTypeId")) == step.PluginTypeId)
            .ToList();
        if (types.Count == 0)
        {
            yield return context.Error(
                RuleId, step.RelativePath, "SdkMessageProcessingStep/PluginTypeId",
                $"No <PluginType> of the solution has PluginTypeId '{step.PluginTypeId}'.",
                "Write the PluginTypeId of the plugin type from its .dll.data.xml.");
        }
        else if (!string.Equals(
            types[0].AttributeValue("AssemblyQualifiedName"), step.PluginTypeName, StringComparison.Ordinal))
        {
            yield return context.Error(
                RuleId, step.RelativePath, "SdkMessageProcessingStep/PluginTypeName",
                $"PluginTypeName '{step.PluginTypeName}' differs from the AssemblyQualifiedName of plugin type " +
                $"{step.PluginTypeId}.",
                $"Write '{types[0].AttributeValue("AssemblyQualifiedName")}'.");
        }
    }
}
