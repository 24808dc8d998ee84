using System.Globalization;
using Cor.Plugins.Framework;
using Cor.Rules.Decks;

namespace Cor.Plugins.Decks;

/// <summary>
/// PreOperation plugin on Create and Update of cor_kpi: computes cor_progresspercent from the baseline, the target
/// and the current value.
/// </summary>
public sealed class KpiProgressPlugin : PluginBase
{
    /// <summary>Alias of the pre-image that the Update step registers.</summary>
    public const string PreImageAlias = "PreImage";

    /// <summary>Start of the trace line written when the Target sends a cor_progresspercent value.</summary>
    public const string ProgressReplacedTrace = "Replaced the cor_progresspercent sent in the Target,";

    /// <summary>Start of the trace line written when the progress cannot be computed.</summary>
    public const string ProgressClearedTrace = "cor_progresspercent is cleared";

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var target = context.GetTargetEntity();
        var preImage = context.GetUpdatePreImage(PreImageAlias, string.Join(",", KpiColumns.ProgressInputs));
        if (preImage != null && EntityMerge.ChangedColumns(target, preImage, KpiColumns.RecomputeColumns).Count == 0)
        {
            context.TraceSkip($"The update changes none of the progress inputs of cor_kpi {target.Id}.");
            return;
        }

        var kpi = EntityMerge.Merge(preImage, target);
        var percent = KpiProgress.ComputePercent(
            kpi.GetAttributeValue<decimal?>(KpiColumns.Baseline),
            kpi.GetAttributeValue<decimal?>(KpiColumns.Target),
            kpi.GetAttributeValue<decimal?>(KpiColumns.CurrentValue));
        if (target.Contains(KpiColumns.ProgressPercent))
        {
            TraceReplaced(context, target.GetAttributeValue<decimal?>(KpiColumns.ProgressPercent), percent);
        }

        EntityMerge.SetOrClear(target, KpiColumns.ProgressPercent, percent);
        if (percent == null)
        {
            context.Trace(
                "{0} because the baseline, the target or the current value is empty, "
                + "or the target equals the baseline.",
                ProgressClearedTrace);
        }
    }

    private static void TraceReplaced(LocalPluginContext context, decimal? sent, decimal? computed)
    {
        context.Trace(
            "{0} {1} with {2}, computed from the baseline, the target and the current value.",
            ProgressReplacedTrace,
            sent?.ToString(CultureInfo.InvariantCulture) ?? "empty",
            computed?.ToString(CultureInfo.InvariantCulture) ?? "empty");
    }
}
