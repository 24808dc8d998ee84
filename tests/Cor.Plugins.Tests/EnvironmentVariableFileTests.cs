using System.IO;
using System.Xml.Linq;
using Cor.Rules.Settings;
using Xunit;

namespace Cor.Plugins.Tests;

public class EnvironmentVariableFileTests
{
    [Fact]
    public void Definitions_MatchRuleDefaults()
    {
        foreach (var definition in SettingDefinitions.All)
        {
            var path = Path.Combine(
                RepositoryPaths.Solution, "environmentvariabledefinitions", definition.SchemaName,
                "environmentvariabledefinition.xml");

            Assert.True(File.Exists(path), $"No definition file for {definition.SchemaName}.");
            var root = XDocument.Load(path).Root!;
            Assert.Equal(definition.SchemaName, root.Attribute("schemaname")!.Value);
            Assert.Equal(definition.DefaultValue, root.Element("defaultvalue")!.Value);
            Assert.Equal("100000000", root.Element("type")!.Value);
        }
    }
}
