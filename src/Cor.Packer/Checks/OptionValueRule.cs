using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks choice values: every option of a global choice or a custom choice column, and every custom status reason,
/// lies in the publisher range (option value prefix × 10000 to that + 9999). Status reasons 1 and 2 are the defaults
/// every table has. States must be 0 (Active) or 1 (Inactive), and each status reason must name one of them.
/// </summary>
internal sealed class OptionValueRule : ISolutionRule
{
    public const string RuleId = "cor-option-value";

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        if (context.OptionValuePrefix is not { } prefix)
        {
            yield break;
        }

        var (low, high) = (prefix * 10000, (prefix * 10000) + 9999);
        foreach (var (path, root) in context.LoadAll("OptionSets", "*.xml"))
        {
            foreach (var diagnostic in CheckOptions(context, path, root, low, high))
            {
                yield return diagnostic;
            }
        }

        foreach (var table in context.Tables.Values)
        {
            foreach (var optionSet in table.Root.Descendants("optionset"))
            {
                var type = optionSet.ChildValue("OptionSetType");
                var results = type switch
                {
                    "picklist" => CheckOptions(context, table.RelativePath, optionSet, low, high),
                    "status" => CheckStatuses(context, table.RelativePath, optionSet, low, high),
                    "state" => CheckStates(context, table.RelativePath, optionSet),
                    _ => [],
                };
                foreach (var diagnostic in results)
                {
                    yield return diagnostic;
                }
            }
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckOptions(
        CheckContext context, string path, XElement optionSet, int low, int high) =>
        optionSet.Descendants("option")
            .Select(option => (Option: option, Value: StepModel.ParseInt(option.AttributeValue("value"))))
            .Where(option => option.Value is null || option.Value < low || option.Value > high)
            .Select(option => context.Error(
                RuleId, path, $"optionset[@Name='{optionSet.AttributeValue("Name")}']/options/option",
                $"The option value '{option.Option.AttributeValue("value")}' is outside the publisher range " +
                $"{low}–{high}.",
                $"Use a value from {low} to {high}."));

    private static IEnumerable<SolutionDiagnostic> CheckStatuses(
        CheckContext context, string path, XElement optionSet, int low, int high)
    {
        foreach (var status in optionSet.Descendants("status"))
        {
            var value = StepModel.ParseInt(status.AttributeValue("value"));
            var element = $"optionset[@Name='{optionSet.AttributeValue("Name")}']/statuses/status";
            if (value is not (1 or 2) && (value is null || value < low || value > high))
            {
                yield return context.Error(RuleId, path, element,
                    $"The status reason value '{status.AttributeValue("value")}' is outside the publisher range " +
                    $"{low}–{high}.",
                    $"Use a value from {low} to {high}. Only the default reasons keep 1 and 2.");
            }

            if (status.AttributeValue("state") is not ("0" or "1"))
            {
                yield return context.Error(RuleId, path, element,
                    $"The status reason {value} has state '{status.AttributeValue("state")}'.",
                    "Write state=\"0\" (Active) or state=\"1\" (Inactive).");
            }
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckStates(CheckContext context, string path, XElement optionSet) =>
        optionSet.Descendants("state")
            .Where(state => state.AttributeValue("value") is not ("0" or "1"))
            .Select(state => context.Error(
                RuleId, path, $"optionset[@Name='{optionSet.AttributeValue("Name")}']/states/state",
                $"The state value '{state.AttributeValue("value")}' is not 0 or 1. Custom tables have only Active " +
                "and Inactive.",
                "Keep the two states 0 (Active) and 1 (Inactive) and add status reasons instead."));
}
