using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Rules.Settings;
using Xunit;

namespace Cor.Rules.Tests;

public class SettingsParserTests
{
    private static Dictionary<string, string?> DefaultValues() =>
        SettingDefinitions.All.ToDictionary(d => d.SchemaName, d => (string?)d.DefaultValue);

    [Fact]
    public void Defaults_MatchPlaybook()
    {
        var settings = SettingsParser.Defaults();

        Assert.Equal(EnforcementLevel.Enforce, settings.LevelOf(RuleId.Agenda));
        Assert.Equal(EnforcementLevel.Enforce, settings.LevelOf(RuleId.Duration));
        Assert.Equal(EnforcementLevel.Enforce, settings.LevelOf(RuleId.PartnershipGoals));
        Assert.Equal(EnforcementLevel.Enforce, settings.LevelOf(RuleId.StatusTransition));
        Assert.Equal(EnforcementLevel.Record, settings.LevelOf(RuleId.PlanningLeadTime));
        Assert.Equal(EnforcementLevel.Record, settings.LevelOf(RuleId.AttendeeConfirmation));
        Assert.Equal(EnforcementLevel.Record, settings.LevelOf(RuleId.DeckReview));
        Assert.Equal(60, settings.MaxMeetingMinutes);
        Assert.Equal(28, settings.PlanningLeadDays);
        Assert.Equal(48, settings.ConfirmationLeadHours);
        Assert.Equal(3, settings.MaxPartnershipGoals);
    }

    [Fact]
    public void Definitions_CoverEveryRule()
    {
        var rules = SettingDefinitions.All.Where(d => d.IsLevel).Select(d => d.Rule!.Value).ToList();

        Assert.Equal(Enum.GetValues(typeof(RuleId)).Cast<RuleId>().OrderBy(r => r), rules.OrderBy(r => r));
    }

    [Theory]
    [InlineData("Off", EnforcementLevel.Off)]
    [InlineData("record", EnforcementLevel.Record)]
    [InlineData(" ENFORCE ", EnforcementLevel.Enforce)]
    public void Level_ParsesAnyCase(string value, EnforcementLevel expected)
    {
        var values = DefaultValues();
        values["cor_AgendaRuleLevel"] = value;

        var settings = SettingsParser.Parse(values);

        Assert.Equal(expected, settings.LevelOf(RuleId.Agenda));
    }

    [Theory]
    [InlineData("Strict")]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("Enforce,Off")]
    public void Level_Invalid_NamesVariableValueAndAllowed(string value)
    {
        var values = DefaultValues();
        values["cor_PlanningLeadTimeRuleLevel"] = value;

        var exception = Assert.Throws<InvalidSettingException>(() => SettingsParser.Parse(values));

        Assert.Equal(
            $"The environment variable cor_PlanningLeadTimeRuleLevel has the value '{value}', which is not an "
            + "enforcement level. Set it to Enforce, Record or Off.",
            exception.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("sixty")]
    [InlineData("99999999999")]
    [InlineData(null)]
    public void Threshold_Invalid_NamesVariableAndValue(string? value)
    {
        var values = DefaultValues();
        values["cor_MaxMeetingMinutes"] = value;

        var exception = Assert.Throws<InvalidSettingException>(() => SettingsParser.Parse(values));

        Assert.Equal(
            $"The environment variable cor_MaxMeetingMinutes has the value '{value}', which is not a positive whole "
            + "number. Set it to a whole number from 1 to 2147483647, for example 60.",
            exception.Message);
    }

    [Fact]
    public void Threshold_Valid_Parses()
    {
        var values = DefaultValues();
        values["cor_MaxMeetingMinutes"] = "45";
        values["cor_MaxPartnershipGoals"] = "5";

        var settings = SettingsParser.Parse(values);

        Assert.Equal(45, settings.MaxMeetingMinutes);
        Assert.Equal(5, settings.MaxPartnershipGoals);
    }

    [Fact]
    public void Missing_Variable_IsRejected()
    {
        var values = DefaultValues();
        values.Remove("cor_DeckReviewRuleLevel");

        var exception = Assert.Throws<InvalidSettingException>(() => SettingsParser.Parse(values));

        var expected = "The environment variable cor_DeckReviewRuleLevel is missing.";
        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyCurrentValue_IsRejected()
    {
        var values = DefaultValues();
        values["cor_DurationRuleLevel"] = null;

        var exception = Assert.Throws<InvalidSettingException>(
            () => SettingsParser.Parse(values, new[] { "COR_DURATIONRULELEVEL" }));

        Assert.Equal(
            "The environment variable cor_DurationRuleLevel has an empty current value. Delete the current value to "
            + "use the default Enforce, or set it to Enforce, Record or Off.",
            exception.Message);
    }

    [Theory]
    [InlineData(" 90 ", 90)]
    [InlineData("045", 45)]
    public void Threshold_TrimsWhiteSpace(string value, int expected)
    {
        var values = DefaultValues();
        values["cor_MaxMeetingMinutes"] = value;

        var settings = SettingsParser.Parse(values);

        Assert.Equal(expected, settings.MaxMeetingMinutes);
    }

    [Fact]
    public void Parse_ListsEveryProblem()
    {
        var values = DefaultValues();
        values["cor_AgendaRuleLevel"] = "Sometimes";
        values["cor_PlanningLeadDays"] = "soon";

        var exception = Assert.Throws<InvalidSettingException>(() => SettingsParser.Parse(values));

        Assert.Equal(2, exception.Problems.Count);
        Assert.Contains("cor_AgendaRuleLevel", exception.Problems[0], StringComparison.Ordinal);
        Assert.Contains("cor_PlanningLeadDays", exception.Problems[1], StringComparison.Ordinal);
    }
}
