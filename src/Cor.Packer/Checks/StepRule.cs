using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks each step registration: known message id, stage 10, 20 or 40, mode 0 or 1 with asynchronous only in stage
/// 40, an existing table, filtering attributes and image columns that exist on it, and valid images.
/// </summary>
internal sealed class StepRule : ISolutionRule
{
    public const string RuleId = "cor-step";
    private static readonly int[] Stages = [10, 20, 40];

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context) =>
        StepModel.LoadAll(context).SelectMany(step => CheckEvent(context, step)
            .Concat(CheckColumns(context, step))
            .Concat(CheckImages(context, step)));

    private static IEnumerable<SolutionDiagnostic> CheckEvent(CheckContext context, StepModel step)
    {
        if (step.Message.Length == 0)
        {
            yield return Error(context, step, "SdkMessageId",
                $"The message id '{step.MessageId}' is not one of the known ids (Create, Update, Delete).",
                "Copy the SdkMessageId of the message from an exported step. Ids are the same in every environment.");
        }

        if (step.Stage is { } stage && stage != 50 && Array.IndexOf(Stages, stage) < 0)
        {
            yield return Error(context, step, "Stage",
                $"Stage {stage} is not 10 (PreValidation), 20 (PreOperation) or 40 (PostOperation).",
                "Write one of 10, 20 or 40.");
        }

        if (step.Mode is not (0 or 1))
        {
            yield return Error(context, step, "Mode", $"Mode '{step.Root.ChildValue("Mode")}' is not 0 or 1.",
                "Write 0 for synchronous or 1 for asynchronous.");
        }
        else if (step.Mode == 1 && step.Stage != 40)
        {
            yield return Error(context, step, "Mode",
                $"The step is asynchronous (Mode 1) in stage {step.Stage}. Only PostOperation (40) runs " +
                "asynchronously.",
                "Set Stage to 40 or Mode to 0.");
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckColumns(CheckContext context, StepModel step)
    {
        if (step.Table.Length > 0 && !ColumnLookup.TableMayExist(context, step.Table))
        {
            yield return Error(context, step, "PrimaryEntity",
                $"The table '{step.Table}' is not in the solution.", "Correct the logical name or add the table.");
        }

        var unknownColumns = step.FilteringAttributes
            .Where(column => !ColumnLookup.ColumnMayExist(context, step.Table, column));
        foreach (var column in unknownColumns)
        {
            yield return Error(context, step, "FilteringAttributes",
                $"The filtering attribute '{column}' is not a column of '{step.Table}'.",
                "Correct the logical name or add the column to the table.");
        }

        if (step.FilteringAttributes.Length > 0 && step.Message is "Create" or "Delete")
        {
            yield return Error(context, step, "FilteringAttributes",
                $"Filtering attributes apply only to Update, but this step is on {step.Message}.",
                "Leave <FilteringAttributes> empty.");
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckImages(CheckContext context, StepModel step)
    {
        var aliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var image in step.Images)
        {
            var alias = image.ChildValue("EntityAlias");
            var element = $"SdkMessageProcessingStepImage[@Name='{image.AttributeValue("Name")}']";
            if (!aliases.Add(alias))
            {
                yield return Error(context, step, element,
                    $"The image alias '{alias}' is used twice in this step.", "Give each image its own EntityAlias.");
            }

            var type = StepModel.ParseInt(image.ChildValue("ImageType"));
            foreach (var diagnostic in CheckImageType(context, step, element, type))
            {
                yield return diagnostic;
            }

            var columns = XmlValues.SplitNames(image.ChildValue("Attributes"));
            foreach (var column in columns.Where(column => !ColumnLookup.ColumnMayExist(context, step.Table, column)))
            {
                yield return Error(context, step, element + "/Attributes",
                    $"The image column '{column}' is not a column of '{step.Table}'.",
                    "Correct the logical name or add the column to the table.");
            }
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckImageType(
        CheckContext context, StepModel step, string element, int? type)
    {
        if (type is not (0 or 1 or 2))
        {
            yield return Error(context, step, element + "/ImageType",
                $"ImageType '{type}' is not 0 (pre), 1 (post) or 2 (both).", "Write 0, 1 or 2.");
            yield break;
        }

        if (type != 1 && step.Message == "Create")
        {
            yield return Error(context, step, element + "/ImageType",
                "A Create step has no pre-image, because the row does not exist before the operation.",
                "Use a post-image (ImageType 1) in stage 40, or read the Target instead.");
        }

        if (type != 0 && step.Stage != 40)
        {
            yield return Error(context, step, element + "/ImageType",
                $"A post-image exists only in PostOperation (40), but the step is in stage {step.Stage}.",
                "Use a pre-image (ImageType 0) or move the step to stage 40.");
        }

        if (type != 0 && step.Message == "Delete")
        {
            yield return Error(context, step, element + "/ImageType",
                "A Delete step has no post-image, because the row no longer exists.", "Use a pre-image (ImageType 0).");
        }
    }

    private static SolutionDiagnostic Error(
        CheckContext context, StepModel step, string element, string message, string fix) =>
        context.Error(RuleId, step.RelativePath, $"SdkMessageProcessingStep/{element}", message, fix);
}
