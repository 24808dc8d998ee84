using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Plugins.Meetings;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Cor.Plugins.Tests;

public class RegistrationTests
{
    private static readonly XDocument AssemblyData = XDocument.Load(Directory
        .GetFiles(
            Path.Combine(RepositoryPaths.Solution, "PluginAssemblies"),
            "CorPlugins.dll.data.xml",
            SearchOption.AllDirectories)
        .Single());

    private static readonly string[] RuleTypes =
    {
        "Cor.Plugins.Meetings.MeetingPlugin,",
        "Cor.Plugins.Decks.PartnershipGoalPlugin,",
        "Cor.Plugins.Decks.KpiProgressPlugin,",
        "Cor.Plugins.Meetings.AttendeeDeletePlugin,",
        "Cor.Plugins.Decks.GoalDeletePlugin,",
    };

    /// <summary>Returns the steps of the rule plugins, without the other plugins' steps.</summary>
    private static XDocument[] Steps() => Directory
        .GetFiles(Path.Combine(RepositoryPaths.Solution, "SdkMessageProcessingSteps"), "*.xml")
        .Select(XDocument.Load)
        .Where(step => RuleTypes.Any(type => TypeName(step.Root!).StartsWith(type, StringComparison.Ordinal)))
        .ToArray();

    private static string TypeName(XElement step) => step.Element("PluginTypeName")?.Value ?? string.Empty;

    [Fact]
    public void Steps_CoverEveryRulePlugin()
    {
        Assert.Equal(8, Steps().Length);
    }

    [Fact]
    public void AssemblyFullName_MatchesBuiltAssembly()
    {
        var fullName = AssemblyData.Root!.Attribute("FullName")!.Value;

        Assert.Equal(typeof(MeetingPlugin).Assembly.FullName, fullName);
    }

    [Fact]
    public void PluginTypes_ArePublicPlugins()
    {
        var assembly = typeof(MeetingPlugin).Assembly;
        foreach (var type in AssemblyData.Descendants("PluginType"))
        {
            var name = type.Attribute("Name")!.Value;
            var pluginType = assembly.GetType(name);

            Assert.True(pluginType != null, $"{name} is not in {assembly.FullName}.");
            Assert.True(pluginType.IsPublic, $"{name} is not public.");
            Assert.True(typeof(IPlugin).IsAssignableFrom(pluginType), $"{name} does not implement IPlugin.");
            Assert.Equal(name + ", " + assembly.FullName, type.Attribute("AssemblyQualifiedName")!.Value);
        }
    }

    [Fact]
    public void Steps_ReferenceRegisteredTypes()
    {
        var types = AssemblyData.Descendants("PluginType")
            .ToDictionary(t => t.Attribute("PluginTypeId")!.Value, t => t.Attribute("AssemblyQualifiedName")!.Value);

        foreach (var step in Steps())
        {
            var typeId = step.Root!.Element("PluginTypeId")!.Value;

            var stepName = step.Root.Attribute("Name")!.Value;
            Assert.True(types.ContainsKey(typeId), $"Step {stepName} has an unknown type id.");
            Assert.Equal(types[typeId], step.Root.Element("PluginTypeName")!.Value);
        }
    }

    [Fact]
    public void Steps_AreListedAsRootComponents()
    {
        var solution = XDocument.Load(Path.Combine(RepositoryPaths.Solution, "Other", "Solution.xml"));
        var rootSteps = solution.Descendants("RootComponent")
            .Where(c => c.Attribute("type")!.Value == "92")
            .Select(c => c.Attribute("id")!.Value.ToLowerInvariant())
            .ToHashSet();

        foreach (var step in Steps())
        {
            var id = step.Root!.Attribute("SdkMessageProcessingStepId")!.Value.ToLowerInvariant();

            Assert.Contains(id, rootSteps);
        }
    }

    [Fact]
    public void Steps_AreSyncOnCreateUpdateOrDelete()
    {
        const string create = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8";
        const string update = "20bebb1b-ea3e-db11-86a7-000a3a5473e8";
        const string delete = "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8";
        foreach (var step in Steps().Select(s => s.Root!))
        {
            var goalType = "Cor.Plugins.Decks.PartnershipGoalPlugin,";
            var isGoalStep = TypeName(step).StartsWith(goalType, StringComparison.Ordinal);
            var isDeleteType = TypeName(step).Contains("DeletePlugin,", StringComparison.Ordinal);
            var messageId = step.Element("SdkMessageId")!.Value;
            Assert.Equal(isGoalStep ? "40" : "20", step.Element("Stage")!.Value);
            Assert.Equal("0", step.Element("Mode")!.Value);
            Assert.Equal(isDeleteType, messageId == delete);
            Assert.Contains(messageId, new[] { create, update, delete });
        }
    }
}
