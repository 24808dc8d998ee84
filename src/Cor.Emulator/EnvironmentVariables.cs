using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Cor.Emulator.Metadata;
using Cor.Emulator.SolutionFiles;
using Cor.Emulator.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Emulator;

/// <summary>
/// Environment variables as Dataverse stores them: one environmentvariabledefinition row per definition in the
/// solution, with its default value, and an optional environmentvariablevalue row that overrides it. Plugins read
/// both tables through ordinary queries.
/// </summary>
internal sealed class EnvironmentVariables
{
    private readonly RecordStore _records;
    private readonly IOrganizationService _system;

    public EnvironmentVariables(RecordStore records, IOrganizationService system)
    {
        _records = records;
        _system = system;
    }

    /// <summary>Writes a definition row for each definition of the solution that the database does not have yet.</summary>
    public void Import(string solutionDirectory, Guid systemUserId, Guid businessUnitId, DateTime now)
    {
        var table = _records.Catalog.GetTable("environmentvariabledefinition");
        foreach (var definition in EnvironmentVariableReader.ReadAll(solutionDirectory))
        {
            var id = DefinitionId(definition.SchemaName);
            if (_records.Exists(table, id))
            {
                continue;
            }

            var owner = new EntityReference("systemuser", systemUserId);
            _records.Insert(table, new System.Collections.Generic.Dictionary<string, object?>
            {
                [table.PrimaryIdAttribute] = id,
                ["schemaname"] = definition.SchemaName,
                ["displayname"] = definition.DisplayName,
                ["defaultvalue"] = definition.DefaultValue,
                ["type"] = new OptionSetValue(definition.Type),
                ["statecode"] = new OptionSetValue(0),
                ["statuscode"] = new OptionSetValue(1),
                ["createdon"] = now,
                ["modifiedon"] = now,
                ["createdby"] = owner,
                ["modifiedby"] = owner,
                ["ownerid"] = owner,
                ["owninguser"] = owner,
                ["owningbusinessunit"] = new EntityReference("businessunit", businessUnitId),
            });
        }
    }

    /// <summary>Creates or updates the environmentvariablevalue row of a definition, through the pipeline as SYSTEM.</summary>
    public void SetValue(string schemaName, string? value)
    {
        var definition = FindDefinition(schemaName);
        var query = new QueryExpression("environmentvariablevalue") { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition("environmentvariabledefinitionid", ConditionOperator.Equal, definition.Id);
        var existing = _system.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (value is null)
        {
            // An admin removes the current value to go back to the default, so the row goes rather than its text.
            if (existing is not null)
            {
                _system.Delete("environmentvariablevalue", existing.Id);
            }

            return;
        }

        if (existing is not null)
        {
            _system.Update(new Entity("environmentvariablevalue", existing.Id) { ["value"] = value });
            return;
        }

        _system.Create(new Entity("environmentvariablevalue")
        {
            ["schemaname"] = definition.GetAttributeValue<string>("schemaname"),
            ["value"] = value,
            ["environmentvariabledefinitionid"] = definition.ToEntityReference(),
        });
    }

    private Entity FindDefinition(string schemaName)
    {
        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("schemaname") };
        var all = _system.RetrieveMultiple(query).Entities;
        var match = all.FirstOrDefault(d => string.Equals(d.GetAttributeValue<string>("schemaname"), schemaName, StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }

        var suggestions = NameSuggester.Suggest(schemaName, all.Select(d => d.GetAttributeValue<string>("schemaname")));
        var hint = suggestions.Count == 0
            ? "Add environmentvariabledefinitions/<schemaname>/environmentvariabledefinition.xml to the solution."
            : "Did you mean: " + string.Join(", ", suggestions.Select(s => "'" + s + "'")) + "?";
        throw new EmulatorConfigurationException($"No environment variable definition has schema name '{schemaName}'. {hint}");
    }

    /// <summary>Derives a stable id from the schema name, so a file database keeps one row per definition.</summary>
    private static Guid DefinitionId(string schemaName)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes("environmentvariabledefinition:" + schemaName.ToLowerInvariant()));
        return new Guid(hash);
    }
}
