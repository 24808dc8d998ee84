using System.Linq;
using Cor.Rules.Settings;
using Xunit;

namespace Cor.Rules.Tests;

public class EnforcementTests
{
    private static CorSettings WithLevel(RuleId rule, EnforcementLevel level)
    {
        var values = SettingDefinitions.All.ToDictionary(d => d.SchemaName, d => (string?)d.DefaultValue);
        var definition = SettingDefinitions.All.Single(d => d.Rule == rule);
        values[definition.SchemaName] = level.ToString();
        return SettingsParser.Parse(values);
    }

    [Theory]
    [InlineData(EnforcementLevel.Enforce, 1, 0, 0)]
    [InlineData(EnforcementLevel.Record, 0, 1, 0)]
    [InlineData(EnforcementLevel.Off, 0, 0, 1)]
    public void Decide_SplitsByLevel(EnforcementLevel level, int rejected, int recorded, int ignored)
    {
        var violation = new RuleViolation(RuleId.Agenda, "No agenda.");

        var enforcement = Enforcement.Decide(new RuleViolation?[] { violation, null }, WithLevel(RuleId.Agenda, level));

        Assert.Equal(rejected, enforcement.Rejected.Count);
        Assert.Equal(recorded, enforcement.Recorded.Count);
        Assert.Equal(ignored, enforcement.Ignored.Count);
        Assert.Equal(rejected > 0, enforcement.IsRejected);
    }

    [Fact]
    public void RejectionMessage_JoinsMessagesInOrder()
    {
        var settings = SettingsParser.Defaults();
        var violations = new RuleViolation?[]
        {
            new RuleViolation(RuleId.Agenda, "First."),
            new RuleViolation(RuleId.PlanningLeadTime, "Recorded."),
            new RuleViolation(RuleId.Duration, "Second."),
        };

        var enforcement = Enforcement.Decide(violations, settings);

        Assert.Equal("First. Second.", enforcement.RejectionMessage);
        Assert.Equal("Recorded.", Assert.Single(enforcement.Recorded).Message);
    }
}
