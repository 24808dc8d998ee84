using System;
using System.Globalization;
using System.IO;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Plugins.Tests;

/// <summary>
/// Creates an environmentvariabledefinition row for each definition file of the solution, as a solution import does.
/// </summary>
/// <remarks>
/// NOTE: the emulator reads tables and steps from the solution but not environment variable definitions, so the
/// tests import them. Definitions that already exist are left alone, in case the emulator starts importing them.
/// </remarks>
internal static class EnvironmentVariableImporter
{
    public static void ImportAll(IOrganizationService service, string solutionDirectory)
    {
        var folder = Path.Combine(solutionDirectory, "environmentvariabledefinitions");
        var files = Directory.GetFiles(folder, "environmentvariabledefinition.xml", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            var root = XDocument.Load(file).Root
                ?? throw new InvalidOperationException($"{file} has no root element.");
            var schemaName = root.Attribute("schemaname")?.Value
                ?? throw new InvalidOperationException($"{file} has no schemaname attribute.");
            if (!Exists(service, schemaName))
            {
                service.Create(ToRow(root, schemaName));
            }
        }
    }

    private static bool Exists(IOrganizationService service, string schemaName)
    {
        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, schemaName);
        return service.RetrieveMultiple(query).Entities.Count > 0;
    }

    private static Entity ToRow(XElement root, string schemaName)
    {
        var row = new Entity("environmentvariabledefinition")
        {
            ["schemaname"] = schemaName,
            ["displayname"] = root.Element("displayname")?.Attribute("default")?.Value ?? schemaName,
            ["type"] = new OptionSetValue(int.Parse(root.Element("type")!.Value, CultureInfo.InvariantCulture)),
        };
        var defaultValue = root.Element("defaultvalue");
        if (defaultValue != null)
        {
            row["defaultvalue"] = defaultValue.Value;
        }

        return row;
    }
}
