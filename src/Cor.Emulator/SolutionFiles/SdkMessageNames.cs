using System;
using System.Collections.Generic;

namespace Cor.Emulator.SolutionFiles;

/// <summary>
/// Message names of the sdkmessage ids that a step file's SdkMessageId holds. These ids are the same in every
/// Dataverse environment; the Create, Update and Delete ids are taken from real solution exports.
/// </summary>
internal static class SdkMessageNames
{
    // NOTE: the last four ids assume the "-ea3e-db11-86a7-000a3a5473e8" suffix that the Create, Update and Delete
    // ids share; only their first block was seen in exports. A step whose id is not listed falls back to its Name.
    private static readonly Dictionary<Guid, string> Names = new()
    {
        [new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Create",
        [new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "Update",
        [new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Delete",
        [new Guid("1cbebb1b-ea3e-db11-86a7-000a3a5473e8")] = "SetState",
        [new Guid("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Assign",
        [new Guid("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Retrieve",
        [new Guid("03bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RetrieveMultiple",
    };

    public static string? Find(string? messageId) =>
        Guid.TryParse(messageId, out var id) && Names.TryGetValue(id, out var name) ? name : null;

    /// <summary>
    /// Reads the message from a step name of the form "&lt;type&gt;: &lt;Message&gt; of &lt;table&gt;", which
    /// the Plug-in Registration Tool writes, or returns null.
    /// </summary>
    public static string? FromStepName(string? stepName)
    {
        if (stepName is null)
        {
            return null;
        }

        var colon = stepName.LastIndexOf(": ", StringComparison.Ordinal);
        var rest = colon < 0 ? stepName : stepName[(colon + 2)..];
        var of = rest.IndexOf(" of ", StringComparison.Ordinal);
        var message = (of < 0 ? rest : rest[..of]).Trim();
        return message.Length == 0 || message.Contains(' ', StringComparison.Ordinal) ? null : message;
    }
}
