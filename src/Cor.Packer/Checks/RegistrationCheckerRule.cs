using System.Collections.Generic;
using System.Linq;

namespace Cor.Packer.Checks;

/// <summary>
/// Solution-checker rules on step registrations, with Microsoft's rule ids. meta-avoid-reg-no-attribute: an Update
/// step without filtering attributes runs on every column change. meta-remove-dup-reg: two steps for the same type,
/// event and filter run the same code twice. meta-avoid-crm4-event: stage 50 is the CRM 4.0 registration stage.
/// </summary>
internal sealed class RegistrationCheckerRule : ISolutionRule
{
    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        var steps = StepModel.LoadAll(context);
        foreach (var step in steps)
        {
            if (step.Message == "Update" && step.FilteringAttributes.Length == 0)
            {
                yield return context.Error(
                    "meta-avoid-reg-no-attribute", step.RelativePath, "SdkMessageProcessingStep/FilteringAttributes",
                    $"The Update step on '{step.Table}' has no filtering attributes, so it runs on every update.",
                    "List the columns the plugin reads, comma-separated, in <FilteringAttributes>.");
            }

            if (step.Stage == 50)
            {
                yield return context.Error(
                    "meta-avoid-crm4-event", step.RelativePath, "SdkMessageProcessingStep/Stage",
                    "Stage 50 is the CRM 4.0 event stage, which is deprecated.",
                    "Register the step in stage 20 (PreOperation) or 40 (PostOperation).");
            }
        }

        foreach (var group in steps.GroupBy(step => step.RegistrationKey).Where(group => group.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                yield return context.Error(
                    "meta-remove-dup-reg", duplicate.RelativePath, "SdkMessageProcessingStep",
                    $"This step registers the same plugin type, message, table, stage, mode and filter as " +
                    $"{first.RelativePath}.",
                    "Delete one of the two step files and its root component.");
            }
        }
    }
}
