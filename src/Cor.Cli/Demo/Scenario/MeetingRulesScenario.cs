using System;
using System.Collections.Generic;
using System.Linq;
using Cor.Cli.Demo.Steps;
using Cor.Emulator;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Cor.Cli.Demo.Scenario;

/// <summary>
/// The meeting rules that apply on every save: a valid meeting, a meeting without an agenda, a meeting longer than
/// the maximum, and updates that leave the rule columns unchanged and so are not checked again.
/// </summary>
internal static class MeetingRulesScenario
{
    public const string ValidMeeting = "adoption-review";
    public const string MeetingWithoutAgenda = "renewal-preparation";
    public const string LongMeeting = "workshop";

    public static IEnumerable<ScenarioStep> Steps(ScenarioContext context)
    {
        var valid = context.Samples.Meeting(ValidMeeting);
        yield return new ScenarioStep(
            $"Create \"{valid.Name}\": {valid.DurationMinutes} minutes, {valid.StartsInDays} days ahead, with an "
            + "agenda and objectives",
            StepExpectation.Accepted,
            recorder => CreateMeeting(context, ValidMeeting, recorder));

        var withoutAgenda = context.Samples.Meeting(MeetingWithoutAgenda);
        yield return new ScenarioStep(
            $"Create \"{withoutAgenda.Name}\" without an agenda",
            StepExpectation.Rejected,
            recorder => CreateMeeting(context, MeetingWithoutAgenda, recorder),
            RejectionMentions: "agenda");

        var longMeeting = context.Samples.Meeting(LongMeeting);
        yield return new ScenarioStep(
            $"Create \"{longMeeting.Name}\", scheduled for {longMeeting.DurationMinutes} minutes",
            StepExpectation.Rejected,
            recorder => CreateMeeting(context, LongMeeting, recorder),
            RejectionMentions: $"{longMeeting.DurationMinutes} minutes");

        foreach (var step in RenameSteps(context))
        {
            yield return step;
        }
    }

    private static IEnumerable<ScenarioStep> RenameSteps(ScenarioContext context)
    {
        var valid = context.Samples.Meeting(ValidMeeting);
        var newName = valid.RenameTo ?? valid.Name + " (renamed)";
        yield return new ScenarioStep(
            $"Rename \"{valid.Name}\" to \"{newName}\", sending only cor_name",
            StepExpectation.Accepted,
            recorder => RenameOnly(context, newName, recorder),
            CheckExecutions: executions => executions.Count == 0
                ? null
                : "No plugin should run, because no Update step of cor_meeting filters on cor_name.");

        yield return new ScenarioStep(
            "Rename it back, sending the unchanged agenda too, as an integration that writes every column does",
            StepExpectation.Accepted,
            recorder => RenameWithUnchangedAgenda(context, valid.Name, valid.Agenda, recorder),
            CheckExecutions: CheckRulesSkipped);
    }

    private static void CreateMeeting(ScenarioContext context, string key, StepRecorder recorder)
    {
        var meeting = context.Samples.Meeting(key);
        var id = context.Service.Create(SampleRecords.Meeting(meeting, context));
        context.MeetingIds[key] = id;

        var stored = context.Service.Retrieve(
            CorSchema.Meeting.Table, id, new ColumnSet(CorSchema.Meeting.DurationMinutes));
        var duration = stored.GetAttributeValue<int?>(CorSchema.Meeting.DurationMinutes);
        recorder.Fact($"saved as cor_meeting {id}, cor_durationminutes {duration?.ToString() ?? "empty"} (set by the plugin)");
        recorder.Check(
            duration == meeting.DurationMinutes,
            $"The plugin should set cor_durationminutes to {meeting.DurationMinutes}, but it is "
            + $"{duration?.ToString() ?? "empty"}.");
    }

    private static void RenameOnly(ScenarioContext context, string newName, StepRecorder recorder)
    {
        var update = new Entity(CorSchema.Meeting.Table, context.MeetingIds[ValidMeeting]);
        update[CorSchema.Meeting.Name] = newName;
        context.Service.Update(update);
        recorder.Fact("no plugin ran, because no Update step of cor_meeting has cor_name among its filtering attributes");
    }

    private static void RenameWithUnchangedAgenda(
        ScenarioContext context, string name, string? agenda, StepRecorder recorder)
    {
        var update = new Entity(CorSchema.Meeting.Table, context.MeetingIds[ValidMeeting]);
        update[CorSchema.Meeting.Name] = name;
        update[CorSchema.Meeting.Agenda] = agenda!;
        context.Service.Update(update);
        recorder.Fact("the plugin ran because cor_agenda was sent, and skipped the rules because its value is unchanged");
    }

    /// <summary>
    /// Returns a failure unless the plugin ran on the Update and traced that it skipped the rules. The plugin base
    /// starts every early-exit trace line with "Skipped:".
    /// </summary>
    private static string? CheckRulesSkipped(IReadOnlyList<PluginExecution> executions)
    {
        var updates = executions.Where(e => e.MessageName == "Update").ToList();
        if (updates.Count == 0)
        {
            return "The meeting plugin's Update step should run, because the request sets cor_agenda, one of its "
                + "filtering attributes.";
        }

        return updates.Any(e => e.TraceText.Contains("Skipped:", StringComparison.Ordinal))
            ? null
            : "The plugin should trace that it skipped the rules, because no rule column changed.";
    }
}
