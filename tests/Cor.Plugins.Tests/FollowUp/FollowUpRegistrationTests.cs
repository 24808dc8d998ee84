using System.IO;
using System.Linq;
using System.Xml.Linq;
using Cor.Plugins.FollowUp;
using Cor.Rules.FollowUp;
using Xunit;

namespace Cor.Plugins.Tests.FollowUp;

public class FollowUpRegistrationTests
{
    private const string Update = "20bebb1b-ea3e-db11-86a7-000a3a5473e8";
    private const string Create = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8";

    [Fact]
    public void TasksStep_SyncPostOperationOnMeetingStatus()
    {
        var step = StepOf<FollowUpTasksPlugin>("Update");

        Assert.Equal("cor_meeting", step.Element("PrimaryEntity")!.Value);
        Assert.Equal("40", step.Element("Stage")!.Value);
        Assert.Equal("0", step.Element("Mode")!.Value);
        Assert.Equal("statecode,statuscode", step.Element("FilteringAttributes")!.Value);
        Assert.Equal(string.Join(",", FollowUpTasksPlugin.PreImageColumns), PreImageColumns(step));
    }

    [Fact]
    public void MeasureStep_SyncPostOperationOnTaskState()
    {
        var step = StepOf<FollowUpMeasurePlugin>("Update");

        Assert.Equal("task", step.Element("PrimaryEntity")!.Value);
        Assert.Equal("40", step.Element("Stage")!.Value);
        Assert.Equal("0", step.Element("Mode")!.Value);
        Assert.Equal("statecode", step.Element("FilteringAttributes")!.Value);
        Assert.Equal(string.Join(",", FollowUpMeasurePlugin.PreImageColumns), PreImageColumns(step));
    }

    [Theory]
    [InlineData("Create", "")]
    [InlineData("Update", "cor_meetingid,cor_score")]
    public void FeedbackSteps_PreValidationOnFeedback(string message, string filteringAttributes)
    {
        var step = StepOf<FeedbackPlugin>(message);

        Assert.Equal("cor_feedback", step.Element("PrimaryEntity")!.Value);
        Assert.Equal("10", step.Element("Stage")!.Value);
        Assert.Equal("0", step.Element("Mode")!.Value);
        Assert.Equal(filteringAttributes, step.Element("FilteringAttributes")!.Value);
    }

    [Fact]
    public void CustomApi_BindsCloseMeetingPlugin()
    {
        var api = XDocument.Load(Path.Combine(ApiFolder, "customapi.xml")).Root!;

        Assert.Equal(CloseMeetingPlugin.MessageName, api.Attribute("uniquename")!.Value);
        Assert.Equal("1", api.Element("bindingtype")!.Value);
        Assert.Equal("cor_meeting", api.Element("boundentitylogicalname")!.Value);
        Assert.Equal(PluginTypeId<CloseMeetingPlugin>(), api.Element("plugintypeid")!.Element("plugintypeexportkey")!.Value);
    }

    [Fact]
    public void CustomApi_DeclaresSummaryAndTaskIds()
    {
        var summary = XDocument.Load(Path.Combine(
            ApiFolder, "customapirequestparameters", "Summary", "customapirequestparameter.xml")).Root!;
        var taskIds = XDocument.Load(Path.Combine(
            ApiFolder, "customapiresponseproperties", "FollowUpTaskIds", "customapiresponseproperty.xml")).Root!;

        Assert.Equal(CloseMeetingPlugin.SummaryParameter, summary.Element("name")!.Value);
        Assert.Equal("10", summary.Element("type")!.Value);
        Assert.Equal(CloseMeetingPlugin.TaskIdsProperty, taskIds.Element("name")!.Value);
        Assert.Equal("11", taskIds.Element("type")!.Value);
        Assert.Null(taskIds.Element("isoptional"));
    }

    [Fact]
    public void DueHoursVariable_DefaultMatchesCode()
    {
        var path = Path.Combine(RepositoryPaths.Solution, "environmentvariabledefinitions",
            FollowUpSettings.DueHours.SchemaName, "environmentvariabledefinition.xml");

        var definition = XDocument.Load(path).Root!;

        Assert.Equal(FollowUpSettings.DueHours.DefaultValue, definition.Element("defaultvalue")!.Value);
    }

    [Fact]
    public void TaskKindChoice_MatchesEnum()
    {
        var entity = XDocument.Load(Path.Combine(RepositoryPaths.Solution, "Entities", "Task", "Entity.xml"));

        var values = entity.Descendants("attribute")
            .Single(a => a.Attribute("PhysicalName")!.Value == TaskColumns.FollowUpKind)
            .Descendants("option")
            .Select(o => int.Parse(o.Attribute("value")!.Value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(System.Enum.GetValues<FollowUpTaskKind>().Select(k => (int)k), values);
    }

    private static string ApiFolder => Path.Combine(RepositoryPaths.Solution, "customapis", CloseMeetingPlugin.MessageName);

    private static XElement StepOf<TPlugin>(string message)
    {
        var messageId = message == "Update" ? Update : Create;
        return Directory.GetFiles(Path.Combine(RepositoryPaths.Solution, "SdkMessageProcessingSteps"), "*.xml")
            .Select(path => XDocument.Load(path).Root!)
            .Single(step => step.Element("PluginTypeName")!.Value.StartsWith(typeof(TPlugin).FullName + ",", System.StringComparison.Ordinal)
                && step.Element("SdkMessageId")!.Value == messageId);
    }

    private static string PreImageColumns(XElement step)
    {
        var image = step.Descendants("SdkMessageProcessingStepImage").Single();
        Assert.Equal("PreImage", image.Element("EntityAlias")!.Value);
        Assert.Equal("0", image.Element("ImageType")!.Value);
        return image.Element("Attributes")!.Value;
    }

    private static string PluginTypeId<TPlugin>()
    {
        var data = XDocument.Load(Directory.GetFiles(
            Path.Combine(RepositoryPaths.Solution, "PluginAssemblies"), "CorPlugins.dll.data.xml", SearchOption.AllDirectories).Single());
        return data.Descendants("PluginType").Single(t => t.Attribute("Name")!.Value == typeof(TPlugin).FullName)
            .Attribute("PluginTypeId")!.Value;
    }
}
