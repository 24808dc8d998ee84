using System;
using Cor.Rules.FollowUp;
using Xunit;

namespace Cor.Rules.Tests.FollowUp;

public class FollowUpTextTests
{
    private static readonly OwnerReference Owner = OwnerReference.User(Guid.NewGuid());

    [Fact]
    public void Subject_LongName_CutToMaxLength()
    {
        var meeting = Meeting(new string('n', 300), "Summary");

        var subject = FollowUpText.FollowUpSubject(meeting);

        Assert.Equal(FollowUpText.MaxSubjectLength, subject.Length);
        Assert.EndsWith("...", subject, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowUpDescription_LongSummary_CutWithMarker()
    {
        var meeting = Meeting("COR", new string('s', 5000));

        var description = FollowUpText.FollowUpDescription(meeting, Array.Empty<FollowUpNextStep>());

        Assert.Equal(FollowUpText.MaxDescriptionLength, description.Length);
        Assert.EndsWith(FollowUpText.CutMarker, description, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowUpDescription_Empty_SaysNone()
    {
        var description = FollowUpText.FollowUpDescription(Meeting(null, " "), Array.Empty<FollowUpNextStep>());

        Assert.Equal(
            "Summary of the COR meeting:\n(no summary written)\n\nNext steps:\n(none agreed)", description);
    }

    [Fact]
    public void FollowUpDescription_UnknownOwner_NamesId()
    {
        var step = new FollowUpNextStep(Guid.NewGuid(), "Call back", null, null, Owner, null);

        var description = FollowUpText.FollowUpDescription(Meeting("COR", "Done."), new[] { step });

        Assert.EndsWith($"- Call back: owner systemuser {Owner.Id}, due (no due date)", description, StringComparison.Ordinal);
    }

    [Fact]
    public void NextStepSubject_NoName_UsesFirstLine()
    {
        var step = new FollowUpNextStep(Guid.NewGuid(), null, "Share the roadmap\nwith the admins", null, Owner, null);

        Assert.Equal("Share the roadmap", FollowUpText.NextStepSubject(step, Meeting("COR", "x")));
    }

    [Fact]
    public void NextStepSubject_NoText_NamesMeeting()
    {
        var step = new FollowUpNextStep(Guid.NewGuid(), " ", null, null, Owner, null);

        Assert.Equal("Next step from 'COR'", FollowUpText.NextStepSubject(step, Meeting("COR", "x")));
    }

    private static FollowUpMeeting Meeting(string? name, string? summary) =>
        new(Guid.NewGuid(), name, summary, DateTime.UtcNow, Owner, false);
}
