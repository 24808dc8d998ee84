using System.Collections.Generic;
using Cor.Cli.Demo.Steps;

namespace Cor.Cli.Demo.Scenario;

/// <summary>The first steps of every run: the rule settings, then the account, its contacts and the vendor's users.</summary>
internal static class SetupScenario
{
    public static IEnumerable<ScenarioStep> Steps(ScenarioContext context)
    {
        yield return new ScenarioStep(
            $"Import the rule settings from solution/{RuleSettingsImport.FolderName}, as a solution import does",
            StepExpectation.Accepted,
            recorder => ImportRuleSettings(context, recorder));

        var samples = context.Samples;
        yield return new ScenarioStep(
            $"Create the account \"{samples.Account.Name}\", {samples.Contacts.Count} customer contacts and "
            + $"{samples.Users.Count} vendor users",
            StepExpectation.Accepted,
            recorder => CreateAccountAndPeople(context, recorder));
    }

    private static void ImportRuleSettings(ScenarioContext context, StepRecorder recorder)
    {
        var created = RuleSettingsImport.ImportMissing(context.Service, context.SolutionDirectory);
        recorder.Fact(created.Count == 0
            ? "every environment variable definition existed already"
            : $"created {created.Count} environment variable definitions with their default values");
    }

    private static void CreateAccountAndPeople(ScenarioContext context, StepRecorder recorder)
    {
        var samples = context.Samples;
        context.AccountId = context.Service.Create(SampleRecords.Account(samples.Account));
        foreach (var contact in samples.Contacts)
        {
            context.ContactIds[contact.Key] = context.Service.Create(SampleRecords.Contact(contact, context.AccountId));
        }

        foreach (var user in samples.Users)
        {
            context.UserIds[user.Key] = context.Service.Create(SampleRecords.User(user));
        }

        recorder.Fact($"account {context.AccountId}");
    }
}
