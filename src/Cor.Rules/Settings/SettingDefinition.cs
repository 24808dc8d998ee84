namespace Cor.Rules.Settings;

/// <summary>
/// Dataverse environment variable that configures the rules: either the enforcement level of one rule or a threshold.
/// </summary>
public sealed class SettingDefinition
{
    private SettingDefinition(string schemaName, RuleId? rule, string defaultValue)
    {
        SchemaName = schemaName;
        Rule = rule;
        DefaultValue = defaultValue;
    }

    /// <summary>Schema name of the environment variable definition, for example "cor_AgendaRuleLevel".</summary>
    public string SchemaName { get; }

    /// <summary>Rule whose enforcement level the variable sets, or null for a threshold.</summary>
    public RuleId? Rule { get; }

    /// <summary>Default value written in the solution's environment variable definition.</summary>
    public string DefaultValue { get; }

    public bool IsLevel => Rule.HasValue;

    public static SettingDefinition Level(string schemaName, RuleId rule, EnforcementLevel defaultLevel) =>
        new(schemaName, rule, defaultLevel.ToString());

    public static SettingDefinition Threshold(string schemaName, int defaultValue) =>
        new(schemaName, null, defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
