using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using EnvironmentVariable = Cor.Cli.Demo.Scenario.CorSchema.EnvironmentVariable;

namespace Cor.Cli.Demo.Scenario;

/// <summary>
/// Creates the environment variable definitions of <c>solution/environmentvariabledefinitions</c> that the
/// emulator's database does not have yet, as a solution import does. The rule plugins read their settings from them.
/// </summary>
internal static class RuleSettingsImport
{
    public const string FolderName = "environmentvariabledefinitions";

    /// <summary>Returns the schema names of the definitions it created, which is empty when every one existed.</summary>
    public static IReadOnlyList<string> ImportMissing(IOrganizationService service, string solutionDirectory)
    {
        var existing = ReadSchemaNames(service);
        var created = new List<string>();
        foreach (var definition in ReadDefinitions(solutionDirectory))
        {
            var schemaName = definition.GetAttributeValue<string>(EnvironmentVariable.SchemaName);
            if (!existing.Contains(schemaName))
            {
                service.Create(definition);
                created.Add(schemaName);
            }
        }

        return created;
    }

    /// <summary>Returns the id of the definition with the schema name, or throws naming the folder to check.</summary>
    public static Guid FindDefinitionId(IOrganizationService service, string schemaName)
    {
        var query = new QueryExpression(EnvironmentVariable.DefinitionTable) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(EnvironmentVariable.SchemaName, ConditionOperator.Equal, schemaName);
        var match = service.RetrieveMultiple(query).Entities.FirstOrDefault();
        return match?.Id ?? throw new DemoSetupException(
            $"The environment variable {schemaName} is not defined. Check solution/{FolderName}/{schemaName}.");
    }

    private static HashSet<string> ReadSchemaNames(IOrganizationService service)
    {
        var query = new QueryExpression(EnvironmentVariable.DefinitionTable)
        {
            ColumnSet = new ColumnSet(EnvironmentVariable.SchemaName),
        };
        return service.RetrieveMultiple(query).Entities
            .Select(e => e.GetAttributeValue<string>(EnvironmentVariable.SchemaName))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static IEnumerable<Entity> ReadDefinitions(string solutionDirectory)
    {
        var folder = Path.Combine(solutionDirectory, FolderName);
        if (!Directory.Exists(folder))
        {
            throw new DemoSetupException(
                $"The solution has no {FolderName} folder at {folder}, so the rule settings are undefined. "
                + "Pass --solution with the CorDataverse solution folder.");
        }

        return Directory.GetFiles(folder, "environmentvariabledefinition.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(ToDefinition);
    }

    private static Entity ToDefinition(string path)
    {
        var root = XDocument.Load(path).Root
            ?? throw new DemoSetupException($"The environment variable definition {path} is empty.");
        var definition = new Entity(EnvironmentVariable.DefinitionTable);
        definition[EnvironmentVariable.SchemaName] = (string?)root.Attribute("schemaname")
            ?? throw new DemoSetupException($"The environment variable definition {path} has no schemaname attribute.");
        definition["displayname"] = (string?)root.Element("displayname")?.Attribute("default") ?? string.Empty;
        definition["defaultvalue"] = (string?)root.Element("defaultvalue") ?? string.Empty;
        if (int.TryParse((string?)root.Element("type"), out var type))
        {
            definition["type"] = new OptionSetValue(type);
        }

        return definition;
    }
}
