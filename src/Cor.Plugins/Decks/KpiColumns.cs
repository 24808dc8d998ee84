namespace Cor.Plugins.Decks;

/// <summary>
/// Logical names of the cor_kpi table and the columns the KPI plugin and the goal rules read or write.
/// </summary>
public static class KpiColumns
{
    public const string Table = "cor_kpi";
    public const string GoalId = "cor_goalid";
    public const string Baseline = "cor_baseline";
    public const string Target = "cor_target";
    public const string CurrentValue = "cor_currentvalue";
    public const string ProgressPercent = "cor_progresspercent";

    /// <summary>Columns that the progress depends on, which are the Update step's pre-image.</summary>
    public static readonly string[] ProgressInputs = { Baseline, Target, CurrentValue };

    /// <summary>
    /// Columns whose change makes the plugin compute the progress again: its inputs and the progress itself, so a
    /// value sent for the progress is replaced. They are the Update step's filtering attributes.
    /// </summary>
    public static readonly string[] RecomputeColumns = { Baseline, Target, CurrentValue, ProgressPercent };
}
