using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks custom APIs: the folder equals the unique name, <c>boundentitylogicalname</c> is set exactly when the API
/// is bound (bindingtype 1 or 2), parameter and property types are 0 to 12, and response properties have no
/// <c>isoptional</c>, which makes the import fail.
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

    private static IEnumerable<SolutionDiagnostic> CheckMembers(CheckContext context, string fileName, string element)
    {
        foreach (var (path, root) in context.LoadAll("customapis", fileName))
        {
            var type = int.TryParse(root.ChildValue("type"), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : -1;
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
