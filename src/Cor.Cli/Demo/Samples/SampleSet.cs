using System;
using System.Collections.Generic;
using System.Linq;

namespace Cor.Cli.Demo.Samples;

/// <summary>The data of the demo scenario: one account with its contacts, the vendor's users and the meetings.</summary>
internal sealed class SampleSet
{
    public SampleSet(
        SampleAccount account,
        IReadOnlyList<SampleContact> contacts,
        IReadOnlyList<SampleUser> users,
        IReadOnlyList<SampleMeeting> meetings)
    {
        Account = account;
        Contacts = contacts;
        Users = users;
        Meetings = meetings;
    }

    public SampleAccount Account { get; }

    public IReadOnlyList<SampleContact> Contacts { get; }

    public IReadOnlyList<SampleUser> Users { get; }

    public IReadOnlyList<SampleMeeting> Meetings { get; }

    /// <summary>Returns the meeting with the key, or throws naming the keys that <c>meetings.json</c> has.</summary>
    public SampleMeeting Meeting(string key)
    {
        var meeting = Meetings.FirstOrDefault(m => m.Key == key);
        if (meeting != null)
        {
            return meeting;
        }

        var keys = string.Join(", ", Meetings.Select(m => m.Key));
        throw new DemoSetupException(
            $"The demo scenario needs the meeting '{key}', but meetings.json has only: {keys}. "
            + $"Add a meeting with the key '{key}' or restore samples/meetings.json from the repository.");
    }

    /// <summary>Returns the user with the key. The keys were checked when the samples were loaded.</summary>
    public SampleUser User(string key) => Users.First(u => u.Key == key);

    /// <summary>Returns the contact with the key. The keys were checked when the samples were loaded.</summary>
    public SampleContact Contact(string key) => Contacts.First(c => c.Key == key);

    /// <summary>
    /// Returns one line for each reference to a contact or user key that does not exist, and for each key used twice,
    /// so that a broken sample file is reported in one pass.
    /// </summary>
    public IReadOnlyList<string> FindProblems()
    {
        var problems = new List<string>();
        problems.AddRange(Duplicates("contacts.json", Contacts.Select(c => c.Key)));
        problems.AddRange(Duplicates("users.json", Users.Select(u => u.Key)));
        problems.AddRange(Duplicates("meetings.json", Meetings.Select(m => m.Key)));

        var contactKeys = new HashSet<string>(Contacts.Select(c => c.Key), StringComparer.Ordinal);
        var userKeys = new HashSet<string>(Users.Select(u => u.Key), StringComparer.Ordinal);
        foreach (var meeting in Meetings)
        {
            problems.AddRange(new MeetingReferenceCheck(meeting, contactKeys, userKeys).FindProblems());
        }

        return problems;
    }

    private static IEnumerable<string> Duplicates(string file, IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{file} uses the key '{g.Key}' {g.Count()} times; give each entry its own key.");
}
