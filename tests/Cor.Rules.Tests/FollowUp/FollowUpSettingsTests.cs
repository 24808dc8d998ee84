using Cor.Rules.FollowUp;
using Cor.Rules.Settings;
using Xunit;

namespace Cor.Rules.Tests.FollowUp;

public class FollowUpSettingsTests
{
    [Theory]
    [InlineData("24", 24)]
    [InlineData(" 1 ", 1)]
    [InlineData("8760", 8760)]
    public void ParseDueHours_Valid_ReturnsHours(string value, int expected)
    {
        Assert.Equal(expected, FollowUpSettings.ParseDueHours(value));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("8761")]
    [InlineData("24.5")]
    [InlineData("a day")]
    [InlineData("")]
    public void ParseDueHours_Invalid_NamesVariableAndValue(string value)
    {
        var exception = Assert.Throws<InvalidSettingException>(() => FollowUpSettings.ParseDueHours(value));

        Assert.Equal(
            $"The environment variable cor_FollowUpDueHours has the value '{value}', but it must be a whole number "
            + "of hours from 1 to 8760. Set it to the hours between the end of a COR meeting and the follow-up's "
            + "due time, for example 24.",
            exception.Message);
    }

    [Fact]
    public void ParseDueHours_Missing_SaysMissing()
    {
        var exception = Assert.Throws<InvalidSettingException>(() => FollowUpSettings.ParseDueHours(null));

        Assert.StartsWith("The environment variable cor_FollowUpDueHours is missing,", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DueHours_DefaultIs24()
    {
        Assert.Equal("24", FollowUpSettings.DueHours.DefaultValue);
    }
}
