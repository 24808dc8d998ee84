using System;
using Cor.Rules.Meetings;
using Xunit;

namespace Cor.Rules.Tests;

public class AgendaRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Agenda_Blank_Fails(string? agenda)
    {
        var violation = AgendaRules.CheckAgenda(agenda);

        Assert.NotNull(violation);
        Assert.Equal(RuleId.Agenda, violation.Rule);
        Assert.Equal(
            "The meeting has no agenda, but every COR meeting needs one. Write the agenda before saving.",
            violation.Message);
    }

    [Fact]
    public void Agenda_Written_Passes()
    {
        Assert.Null(AgendaRules.CheckAgenda("1. Goals review"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Objectives_Blank_Fails(string? objectives)
    {
        var violation = AgendaRules.CheckObjectives(objectives);

        Assert.NotNull(violation);
        Assert.Equal(RuleId.Agenda, violation.Rule);
    }

    [Fact]
    public void Objectives_Written_Passes()
    {
        Assert.Null(AgendaRules.CheckObjectives("Agree the renewal scope"));
    }

    [Fact]
    public void ObjectivesKept_Blank_NamesStatus()
    {
        var violation = AgendaRules.CheckObjectivesKept(" ", MeetingStatus.Confirmed);

        Assert.NotNull(violation);
        Assert.Equal(RuleId.Agenda, violation.Rule);
        Assert.StartsWith("The meeting is Confirmed but has no objectives", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ObjectivesKept_Written_Passes()
    {
        Assert.Null(AgendaRules.CheckObjectivesKept("Agree the scope", MeetingStatus.Planned));
    }
}
