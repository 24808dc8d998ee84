using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cor.Cli.Demo.Samples;

/// <summary>
/// Reads the demo scenario from <c>account.json</c>, <c>contacts.json</c>, <c>users.json</c> and
/// <c>meetings.json</c> in one folder. Property names are camel case. Unknown properties, missing required
/// properties and nulls in non-nullable properties are errors, so a typo never passes silently.
/// </summary>
internal static class SampleLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Loads and checks the four files. Throws <see cref="DemoSetupException"/> naming the file and the fix.</summary>
    public static SampleSet Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DemoSetupException(
                $"The samples folder {directory} does not exist. Run `dotnet build src/Cor.Cli`, which copies "
                + "samples/*.json next to the cor assembly, or pass --samples with the folder that contains them.");
        }

        var samples = new SampleSet(
            Read<SampleAccount>(directory, "account.json"),
            Read<List<SampleContact>>(directory, "contacts.json"),
            Read<List<SampleUser>>(directory, "users.json"),
            Read<List<SampleMeeting>>(directory, "meetings.json"));
        var problems = samples.FindProblems();
        if (problems.Count > 0)
        {
            throw new DemoSetupException(
                $"The samples in {directory} refer to keys that do not match:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", problems));
        }

        return samples;
    }

    private static T Read<T>(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new DemoSetupException(
                $"The sample file {path} does not exist. Restore samples/{fileName} from the repository and build again.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new DemoSetupException($"The sample file {path} contains null. Write a JSON value into it.");
        }
        catch (JsonException exception)
        {
            throw new DemoSetupException($"The sample file {path} is invalid: {exception.Message}", exception);
        }
    }
}
