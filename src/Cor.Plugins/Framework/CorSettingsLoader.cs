using System.Linq;
using Cor.Rules.Settings;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.Framework;

/// <summary>
/// Loads the rule configuration from the environment variables. Plugins load it in every execution and keep no copy,
/// because an admin can change a value at any time.
/// </summary>
public static class CorSettingsLoader
{
    /// <summary>
    /// Reads and validates every COR environment variable. Throws <see cref="InvalidPluginExecutionException"/>
    /// naming each missing or invalid variable, its value and the allowed values.
    /// </summary>
    public static CorSettings Load(LocalPluginContext context)
    {
        var names = SettingDefinitions.All.Select(d => d.SchemaName);
        var values = EnvironmentVariableReader.ReadValues(context.OrganizationService, names);
        try
        {
            return SettingsParser.Parse(values.Effective, values.EmptyCurrentValues);
        }
        catch (InvalidSettingException exception)
        {
            throw new InvalidPluginExecutionException(
                "The COR rules cannot run because their configuration is invalid. " + exception.Message,
                exception);
        }
    }
}
