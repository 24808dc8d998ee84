using System;
using System.Collections.Generic;

namespace Cor.Cli.Demo.Samples;

/// <summary>
/// A COR meeting of the demo scenario, read from <c>meetings.json</c>. The start is relative to the day the demo
/// runs, so the lead time rules give the same result on every run.
/// </summary>
internal sealed record SampleMeeting(
    string Key,
    string Name,
    int StartsInDays,
    TimeOnly StartTime,
    int DurationMinutes,
    string Organizer,
    string? Agenda = null,
    string? Objectives = null,
    string? CoPresenter = null,
    string? RenameTo = null,
    IReadOnlyList<SampleAttendee>? Attendees = null,
    SampleDeck? Deck = null,
    string? Summary = null,
    IReadOnlyList<SampleNextStep>? NextSteps = null,
    SampleFeedback? Feedback = null);
