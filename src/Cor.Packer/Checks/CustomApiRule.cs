using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using System.Globalization;
using System.IO;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks custom APIs. The folder equals the unique name, and <c>boundentitylogicalname</c> is set exactly when the API
/// is bound (bindingtype 1 or 2). Parameter and property types are 0 to 12. Response properties have no
/// <c>isoptional</c>, because it makes the import fail.
/// </summary>
internal sealed class CustomApiRule : ISolutionRule
{
    public const string RuleId = "cor-custom-api";

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        foreach (var (path, root) in context.LoadAll("customapis", "customapi.xml"))
        {
            var uniqueName = root.AttributeValue("uniquename");
            var folder = Path.GetFileName(Path.GetDirectoryName(path));
            if (folder != uniqueName)
            {
                yield return context.Error(RuleId, path, "customapi/@uniquename",
                    $"The unique name '{uniqueName}' differs from its folder '{folder}'.",
                    $"Rename the folder to customapis/{uniqueName}/.");
            }

            foreach (var diagnostic in CheckPluginBinding(context, path, root))
            {
                yield return diagnostic;
            }

            var bound = root.ChildValue("bindingtype") is "1" or "2";
            var hasTable = root.ChildValue("boundentitylogicalname").Length > 0;
            if (bound != hasTable)
            {
                yield return context.Error(RuleId, path, "customapi/boundentitylogicalname",
                    $"bindingtype is '{root.ChildValue("bindingtype")}' but boundentitylogicalname is " +
                    $"'{root.ChildValue("boundentitylogicalname")}'.",
                    "Set the table name for bindingtype 1 or 2 and leave it empty for 0 (global).");
            }
        }

        foreach (var diagnostic in CheckMembers(context, "customapirequestparameter.xml", "customapirequestparameter"))
        {
            yield return diagnostic;
        }

        foreach (var diagnostic in CheckMembers(context, "customapiresponseproperty.xml", "customapiresponseproperty"))
        {
            yield return diagnostic;
        }
    }

    /// <summary>
    /// Checks that the plugin type named in <c>plugintypeid</c> is a plugin type of the solution. For a type in a
    /// classic assembly, the one real export seen with such a type writes its PluginTypeId as the export key.
    /// </summary>
    private static IEnumerable<SolutionDiagnostic> CheckPluginBinding(CheckContext context, string path, XElement api)
    {
        var binding = api.Element("plugintypeid");
        var key = binding?.ChildValue("plugintypeexportkey") is { Length: > 0 } exportKey
            ? exportKey
            : binding?.ChildValue("plugintypeid") ?? string.Empty;
        if (key.Length == 0 || !Guid.TryParse(key, out _))
        {
            yield break;
        }

        var known = context.Assemblies
            .SelectMany(assembly => assembly.PluginTypes)
            .Any(type => XmlValues.NormalizeGuid(type.AttributeValue("PluginTypeId")) == XmlValues.NormalizeGuid(key));
        if (!known)
        {
            yield return context.Error(RuleId, path, "customapi/plugintypeid",
                $"The plugin type '{key}' is not a PluginType of the solution's plugin assemblies.",
                "Write the PluginTypeId of the plugin type that runs the API, from its .dll.data.xml.");
        }
    }

    private static IEnumerable<SolutionDiagnostic> CheckMembers(CheckContext context, string fileName, string element)
    {
        foreach (var (path, root) in context.LoadAll("customapis", fileName))
        {
            var parsed = int.TryParse(
                root.ChildValue("type"), NumberStyles.None, CultureInfo.InvariantCulture, out var value);
            var type = parsed ? value : -1;
            if (type is < 0 or > 12)
            {
                yield return context.Error(RuleId, path, $"{element}/type",
                    $"The type '{root.ChildValue("type")}' is not 0 to 12.",
                    "Write a custom API type code, for example 10 for String or 12 for Guid.");
            }

            if (element == "customapiresponseproperty" && root.Element("isoptional") is not null)
            {
                yield return context.Error(RuleId, path, $"{element}/isoptional",
                    "A response property has <isoptional>, which makes the solution import fail.",
                    "Remove <isoptional> from the response property.");
            }
        }
    }
}
