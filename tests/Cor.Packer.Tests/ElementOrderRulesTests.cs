using System.Linq;
using Cor.Packer.Checks;
using Cor.Packer.Packing;
using Xunit;

namespace Cor.Packer.Tests;

public sealed class ElementOrderRulesTests
{
    [Fact]
    public void Rules_RequiredChildrenAreOrdered()
    {
        Assert.NotEmpty(ElementOrderRules.All);
        foreach (var rule in ElementOrderRules.All)
        {
            Assert.All(rule.Required, name => Assert.Contains(name, rule.Order));
            Assert.Equal(rule.Order.Count, rule.Order.Distinct().Count());
        }
    }

    [Fact]
    public void Rules_EachNamesFilesOrZipPart()
    {
        Assert.All(ElementOrderRules.All, rule =>
            Assert.True(rule.ZipPart is not null || (rule.Folder is not null && rule.Pattern is not null),
                rule.Element));
    }

    [Fact]
    public void CustomizationsOrder_MatchesPackerLayout()
    {
        var customizations = ElementOrderRules.All.Where(rule => rule.Element == "ImportExportXml" && rule.Order.Count > 1);

        Assert.All(customizations, rule => Assert.Equal(CustomizationsLayout.TopLevelOrder, rule.Order));
    }
}
