using Cor.Packer.Checks;
using Xunit;

namespace Cor.Packer.Tests;

public sealed class SettingValueRuleTests
{
    private const string LeadDaysFolder = "environmentvariabledefinitions/cor_PlanningLeadDays/";
    private const string LeadDaysPath = LeadDaysFolder + "environmentvariabledefinition.xml";
    private const string ValuePath = LeadDaysFolder + "environmentvariablevalues.json";
    private const string DueHoursPath =
        "environmentvariabledefinitions/cor_FollowUpDueHours/environmentvariabledefinition.xml";
    private const string AgendaLevelPath =
        "environmentvariabledefinitions/cor_AgendaRuleLevel/environmentvariabledefinition.xml";

    [Fact]
    public void Setting_ValidDefaults_Pass()
    {
        var fixture = FixtureSolution.Create();

        var report = SolutionChecker.CheckFolder(fixture.Options);

        Assert.DoesNotContain(report.Diagnostics, diagnostic => diagnostic.RuleId == SettingValueRule.RuleId);
    }

    [Fact]
    public void Setting_ZeroThresholdDefault_Fails()
    {
        var fixture = FixtureSolution.Create();
        fixture.EditXml(LeadDaysPath, variable => variable.Element("defaultvalue")!.Value = "0");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(report, SettingValueRule.RuleId, LeadDaysPath,
            "environmentvariabledefinition/defaultvalue", "Change <defaultvalue>");
        Assert.Contains("cor_PlanningLeadDays has the value '0'", diagnostic.Message);
        Assert.Contains("positive whole number", diagnostic.Message);
    }

    [Fact]
    public void Setting_MisspelledLevelDefault_Fails()
    {
        var fixture = FixtureSolution.Create();
        fixture.Write(AgendaLevelPath, StringVariable("cor_AgendaRuleLevel", "Recrod"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(report, SettingValueRule.RuleId, AgendaLevelPath,
            "environmentvariabledefinition/defaultvalue", "allowed values");
        Assert.Contains("'Recrod'", diagnostic.Message);
        Assert.Contains("Enforce, Record or Off", diagnostic.Message);
    }

    [Fact]
    public void Setting_LevelDefaultAnyCase_Passes()
    {
        var fixture = FixtureSolution.Create();
        fixture.Write(AgendaLevelPath, StringVariable("cor_AgendaRuleLevel", " record "));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        Assert.DoesNotContain(report.Diagnostics, diagnostic => diagnostic.RuleId == SettingValueRule.RuleId);
    }

    [Fact]
    public void Setting_DueHoursAboveMax_Fails()
    {
        var fixture = FixtureSolution.Create();
        fixture.Write(DueHoursPath, StringVariable("cor_FollowUpDueHours", "9000"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(report, SettingValueRule.RuleId, DueHoursPath,
            "environmentvariabledefinition/defaultvalue", "allowed values");
        Assert.Contains("'9000'", diagnostic.Message);
        Assert.Contains("from 1 to 8760", diagnostic.Message);
    }

    [Fact]
    public void Setting_InvalidCurrentValue_Fails()
    {
        var fixture = FixtureSolution.Create();
        fixture.Write(ValuePath, ValueFile("sixty"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        var diagnostic = CheckAssert.Reports(report, SettingValueRule.RuleId, ValuePath,
            "environmentvariablevalue/value", "delete the file");
        Assert.Contains("'sixty'", diagnostic.Message);
    }

    [Fact]
    public void Setting_ValidCurrentValue_Passes()
    {
        var fixture = FixtureSolution.Create();
        fixture.Write(ValuePath, ValueFile("21"));

        var report = SolutionChecker.CheckFolder(fixture.Options);

        Assert.DoesNotContain(report.Diagnostics, diagnostic => diagnostic.RuleId == SettingValueRule.RuleId);
    }

    [Fact]
    public void Setting_ValueFileNotJson_Fails()
    {
        var fixture = FixtureSolution.Create();
        fixture.Write(ValuePath, "{ \"environmentvariablevalues\": ");

        var report = SolutionChecker.CheckFolder(fixture.Options);

        CheckAssert.Reports(report, SettingValueRule.RuleId, ValuePath, "environmentvariablevalues",
            "environmentvariablevalue");
    }

    private static string StringVariable(string schemaName, string defaultValue) =>
        $"<environmentvariabledefinition schemaname=\"{schemaName}\">" +
        $"<defaultvalue>{defaultValue}</defaultvalue><type>100000000</type></environmentvariabledefinition>";

    private static string ValueFile(string value) =>
        "{ \"environmentvariablevalues\": { \"environmentvariablevalue\": " +
        $"{{ \"@schemaname\": \"cor_PlanningLeadDays\", \"value\": \"{value}\" }} }} }}";
}
