using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Packer.Assemblies;

namespace Cor.Packer.Checks;

/// <summary>
/// Solution-checker rules on the IL of the plugin assemblies, with Microsoft's rule ids: il-specify-column,
/// il-avoid-batch-plugin, il-avoid-parallel-plugin and il-avoid-specialized-update-ops. Each finding names the
/// method that makes the call.
/// </summary>
internal sealed class PluginCodeCheckerRule : ISolutionRule
{
    private static readonly HashSet<string> BatchRequests =
    [
        "Microsoft.Xrm.Sdk.Messages.ExecuteMultipleRequest",
        "Microsoft.Xrm.Sdk.Messages.ExecuteTransactionRequest",
    ];

    private static readonly HashSet<string> SpecializedRequests =
    [
        "SetStateRequest", "AssignRequest", "SetParentSystemUserRequest", "SetParentTeamRequest",
        "SetParentBusinessUnitRequest", "SetBusinessEquipmentRequest", "SetBusinessSystemUserRequest",
    ];

    private static readonly HashSet<string> SpecializedMessageNames =
    [
        "SetState", "Assign", "SetParentSystemUser", "SetParentTeam", "SetParentBusinessUnit",
        "SetBusinessEquipment", "SetBusinessSystemUser",
    ];

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        foreach (var assembly in context.Assemblies.Where(assembly => assembly.Facts is not null))
        {
            foreach (var site in assembly.Facts!.CallSites)
            {
                var finding = Classify(site);
                if (finding is not null)
                {
                    yield return context.Error(
                        finding.Value.RuleId, assembly.RelativePath, $"PluginAssembly (IL of {site.Caller})",
                        finding.Value.Message, finding.Value.Fix);
                }
            }
        }
    }

    private static (string RuleId, string Message, string Fix)? Classify(CallSite site) =>
        SpecifyColumn(site) ?? Batch(site) ?? Parallel(site) ?? Specialized(site);

    private static (string, string, string)? SpecifyColumn(CallSite site)
    {
        var allColumnsCtor = site.TargetType == "Microsoft.Xrm.Sdk.Query.ColumnSet" && site.TargetMember == ".ctor"
            && IsSingleBooleanParameter(site.TargetSignature) && site.PrecedingInt32 == 1;
        var allColumnsSetter = site.TargetType == "Microsoft.Xrm.Sdk.Query.ColumnSet"
            && site.TargetMember == "set_AllColumns" && site.PrecedingInt32 == 1;
        if (!allColumnsCtor && !allColumnsSetter)
        {
            return null;
        }

        return ("il-specify-column",
            "The code retrieves all columns (new ColumnSet(true) or AllColumns = true).",
            "Name the columns the plugin uses: new ColumnSet(\"cor_name\", …).");
    }

    private static (string, string, string)? Batch(CallSite site) =>
        BatchRequests.Contains(site.TargetType)
            ? ("il-avoid-batch-plugin",
                $"The code uses {site.TargetType[(site.TargetType.LastIndexOf('.') + 1)..]} inside a plugin.",
                "Send the requests one by one. A plugin already runs inside the caller's transaction.")
            : null;

    private static (string, string, string)? Parallel(CallSite site)
    {
        var parallel = site.TargetType == "System.Threading.Tasks.Parallel"
            || (site.TargetType == "System.Threading.Tasks.Task" && site.TargetMember == "Run")
            || (site.TargetType == "System.Threading.Tasks.TaskFactory" && site.TargetMember == "StartNew")
            || (site.TargetType == "System.Threading.Thread" && site.TargetMember == ".ctor")
            || (site.TargetType == "System.Threading.ThreadPool"
                && site.TargetMember.StartsWith("QueueUserWorkItem", StringComparison.Ordinal));
        return parallel
            ? ("il-avoid-parallel-plugin",
                $"The code starts parallel work ({site.TargetType}.{site.TargetMember}) inside a plugin.",
                "Run the work sequentially on the plugin thread. The sandbox does not support multithreading.")
            : null;
    }

    private static (string, string, string)? Specialized(CallSite site)
    {
        var typeName = site.TargetType[(site.TargetType.LastIndexOf('.') + 1)..];
        var byType = site.OpCode == "newobj" && SpecializedRequests.Contains(typeName)
            && site.TargetType.StartsWith("Microsoft.", StringComparison.Ordinal);
        var namesRequest = site.TargetType == "Microsoft.Xrm.Sdk.OrganizationRequest"
            && (site.TargetMember is ".ctor" or "set_RequestName");
        var byName = namesRequest && site.PrecedingString is not null
            && SpecializedMessageNames.Contains(site.PrecedingString);
        if (!byType && !byName)
        {
            return null;
        }

        var request = byType ? typeName : site.PrecedingString + " request";
        return ("il-avoid-specialized-update-ops",
            $"The code sends a {request}, a specialized update operation.",
            "Set statecode/statuscode or ownerid in an UpdateRequest instead.");
    }

    /// <summary>Returns whether a method signature blob is an instance method taking one bool.</summary>
    private static bool IsSingleBooleanParameter(byte[] signature) =>
        signature.Length == 4 && signature[1] == 1 && signature[3] == 0x02;
}
