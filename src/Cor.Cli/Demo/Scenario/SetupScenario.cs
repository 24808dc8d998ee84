using System.Collections.Generic;
using Cor.Cli.Demo.Steps;

namespace Cor.Cli.Demo.Scenario;

/// <summary>The first step of every run: the customer account, its contacts and the vendor's users.</summary>
internal static class SetupScenario
{
    public static IEnumerable<ScenarioStep> Steps(ScenarioContext context)
    {
        var samples = context.Samples;
        yield return new ScenarioStep(
            $"Create the account \"{samples.Account.Name}\", {samples.Contacts.Count} customer contacts and "
            + $"{samples.Users.Count} vendor users",
            StepExpectation.Accepted,
            recorder => CreateAccountAndPeople(context, recorder));
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
