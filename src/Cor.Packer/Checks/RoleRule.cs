using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks security roles: the id is a GUID, each privilege level is Basic, Local, Deep or Global, and a privilege on a
/// table with the publisher prefix is <c>prv&lt;Verb&gt;&lt;table schema name&gt;</c> for a table of the solution.
/// </summary>
internal sealed class RoleRule : ISolutionRule
{
    public const string RuleId = "cor-role";
    private static readonly string[] Levels = ["Basic", "Local", "Deep", "Global"];

    /// <summary>Privilege verbs, longest first so that AppendTo wins over Append.</summary>
    private static readonly string[] Verbs =
        ["AppendTo", "Append", "Create", "Read", "Write", "Delete", "Assign", "Share"];

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        var tables = context.Tables.Values.Select(table => table.SchemaName).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, role) in context.LoadAll("Roles", "*.xml"))
        {
            if (!Guid.TryParse(role.AttributeValue("id"), out _))
            {
                yield return context.Error(RuleId, path, "Role/@id",
                    $"The role id '{role.AttributeValue("id")}' is not a GUID.",
                    "Write a fixed GUID in braces and never change it, because upgrades match roles on it.");
            }

            foreach (var privilege in role.Descendants("RolePrivilege"))
            {
                var name = privilege.AttributeValue("name");
                var element = $"RolePrivilege[@name='{name}']";
                if (Array.IndexOf(Levels, privilege.AttributeValue("level")) < 0)
                {
                    yield return context.Error(RuleId, path, element + "/@level",
                        $"The level '{privilege.AttributeValue("level")}' is not a privilege depth.",
                        "Write Basic (user), Local (business unit), Deep (child units) or Global (organization).");
                }

                var table = TableOf(name);
                if (table is not null && ColumnLookup.IsOurs(context, table) && !tables.Contains(table))
                {
                    yield return context.Error(RuleId, path, element,
                        $"The privilege names the table '{table}', which the solution does not define with that " +
                        "schema name.",
                        "Use prv<Verb><schema name> with the exact schema name from the table's Entity.xml.");
                }
            }
        }
    }

    /// <summary>Returns the table schema name of a privilege name such as prvAppendTocor_deck, or null.</summary>
    private static string? TableOf(string privilegeName)
    {
        if (!privilegeName.StartsWith("prv", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = privilegeName[3..];
        var verb = Verbs.FirstOrDefault(candidate => rest.StartsWith(candidate, StringComparison.Ordinal));
        return verb is null ? null : rest[verb.Length..];
    }
}
