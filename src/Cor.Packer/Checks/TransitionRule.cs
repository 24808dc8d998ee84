using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Cor.Packer.Xml;

namespace Cor.Packer.Checks;

/// <summary>
/// Checks status transitions of tables with <c>EnforceStateTransitions</c> set to 1: each status reason's
/// <c>TransitionData</c> parses as <c>&lt;allowedtransitions&gt;</c> and names only status reasons of the table.
/// </summary>
internal sealed class TransitionRule : ISolutionRule
{
    public const string RuleId = "cor-status-transition";

    public IEnumerable<SolutionDiagnostic> Check(CheckContext context)
    {
        foreach (var table in context.Tables.Values)
        {
            if (table.Root.Descendants("EnforceStateTransitions").FirstOrDefault()?.Value != "1")
            {
                continue;
            }

            var statuses = table.Root.Descendants("status").ToList();
            var values = statuses.Select(status => status.AttributeValue("value")).ToHashSet();
            foreach (var status in statuses)
            {
                var element = $"status[@value='{status.AttributeValue("value")}']/@TransitionData";
                foreach (var message in Problems(status.Attribute("TransitionData")?.Value, values))
                {
                    yield return context.Error(RuleId, table.RelativePath, element, message,
                        "Write an escaped <allowedtransitions> with one " +
                        "<allowedtransition sourcestatusid tostatusid> per allowed move, using status reason values " +
                        "of this table.");
                }
            }
        }
    }

    private static (XElement Root, string? Error) Parse(string text)
    {
        try
        {
            return (XElement.Parse(text), null);
        }
        catch (XmlException exception)
        {
            return (new XElement("invalid"), exception.Message);
        }
    }

    private static IEnumerable<string> Problems(string? transitionData, HashSet<string> statusValues)
    {
        if (transitionData is null)
        {
            yield break;
        }

        var (root, error) = Parse(transitionData);
        if (error is not null)
        {
            yield return $"TransitionData is not well-formed XML: {error}";
            yield break;
        }

        foreach (var transition in root.Elements().Where(element => element.Name.LocalName == "allowedtransition"))
        {
            var ids = new[] { transition.AttributeValue("sourcestatusid"), transition.AttributeValue("tostatusid") };
            foreach (var id in ids)
            {
                if (!statusValues.Contains(id))
                {
                    yield return $"The transition names status reason '{id}', which the table does not have.";
                }
            }
        }
    }
}
