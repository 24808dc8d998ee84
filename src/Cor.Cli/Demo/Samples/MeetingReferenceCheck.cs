using System.Collections.Generic;

namespace Cor.Cli.Demo.Samples;

/// <summary>Checks that every contact and user key that a sample meeting names exists.</summary>
internal sealed class MeetingReferenceCheck
{
    private readonly SampleMeeting meeting;
    private readonly IReadOnlySet<string> contactKeys;
    private readonly IReadOnlySet<string> userKeys;
    private readonly List<string> problems = new();

    public MeetingReferenceCheck(SampleMeeting meeting, IReadOnlySet<string> contactKeys, IReadOnlySet<string> userKeys)
    {
        this.meeting = meeting;
        this.contactKeys = contactKeys;
        this.userKeys = userKeys;
    }

    public IReadOnlyList<string> FindProblems()
    {
        CheckUser("organizer", meeting.Organizer);
        CheckOptionalUser("coPresenter", meeting.CoPresenter);
        foreach (var attendee in meeting.Attendees ?? new List<SampleAttendee>())
        {
            CheckAttendee(attendee);
        }

        if (meeting.Deck is SampleDeck deck)
        {
            CheckUser("deck.author", deck.Author);
            CheckUser("deck.reviewer", deck.Reviewer);
        }

        foreach (var step in meeting.NextSteps ?? new List<SampleNextStep>())
        {
            CheckUser("nextSteps.owner", step.Owner);
        }

        return problems;
    }

    private void CheckAttendee(SampleAttendee attendee)
    {
        if ((attendee.Contact == null) == (attendee.User == null))
        {
            problems.Add(
                $"Meeting '{meeting.Key}' has an attendee with {Describe(attendee)}; set exactly one of contact and user.");
            return;
        }

        CheckOptionalUser("attendees.user", attendee.User);
        if (attendee.Contact != null && !contactKeys.Contains(attendee.Contact))
        {
            problems.Add(
                $"Meeting '{meeting.Key}' names the contact '{attendee.Contact}' in attendees.contact, "
                + "but contacts.json has no contact with that key.");
        }
    }

    private void CheckOptionalUser(string field, string? key)
    {
        if (key != null)
        {
            CheckUser(field, key);
        }
    }

    private void CheckUser(string field, string key)
    {
        if (!userKeys.Contains(key))
        {
            problems.Add(
                $"Meeting '{meeting.Key}' names the user '{key}' in {field}, but users.json has no user with that key.");
        }
    }

    private static string Describe(SampleAttendee attendee) =>
        attendee.Contact == null ? "neither contact nor user" : "both a contact and a user";
}
