using System;
using Cor.Emulator;
using Cor.Plugins.FollowUp;
using Cor.Plugins.Meetings;
using Cor.Rules.FollowUp;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Cor.Plugins.Tests.FollowUp;

public class FeedbackPluginTests : IDisposable
{
    private readonly FollowUpHost host = FollowUpHost.Start();
    private readonly Guid meetingId;

    public FeedbackPluginTests()
    {
        meetingId = host.Service.Create(new Entity(MeetingColumns.Table)
        {
            [MeetingColumns.Name] = "Contoso Q1 COR",
            [MeetingColumns.Agenda] = "1. Goals",
        });
    }

    public void Dispose() => host.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Create_ValidScore_Saves(int score)
    {
        var id = host.Service.Create(Feedback(meetingId, score));

        Assert.NotEqual(Guid.Empty, id);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Create_ScoreOutOfRange_Rejected(int score)
    {
        // The column's MinValue 0 and MaxValue 10 reject the value before any plugin runs.
        var exception = Assert.Throws<DataverseFaultException>(
            () => host.Service.Create(Feedback(meetingId, score)));

        Assert.Contains("outside the valid range", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(
            host.Emulator.Executions, e => e.TypeName.Contains("FeedbackPlugin", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_NoMeeting_Rejected()
    {
        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.Service.Create(Feedback(null, 8)));

        Assert.Equal(FeedbackRules.MissingMeetingMessage, exception.Message);
    }

    [Fact]
    public void Create_NoScoreNoMeeting_ListsBoth()
    {
        var exception = Assert.Throws<InvalidPluginExecutionException>(
            () => host.Service.Create(Feedback(null, null)));

        Assert.Equal(FeedbackRules.MissingMeetingMessage + " " + FeedbackPlugin.MissingScoreMessage, exception.Message);
    }

    [Fact]
    public void Update_ClearsMeeting_Rejected()
    {
        var id = host.Service.Create(Feedback(meetingId, 7));
        var update = new Entity(FeedbackColumns.Table, id);
        update[FeedbackColumns.MeetingId] = null!;

        var exception = Assert.Throws<InvalidPluginExecutionException>(() => host.Service.Update(update));

        Assert.Equal(FeedbackRules.MissingMeetingMessage, exception.Message);
    }

    [Fact]
    public void Update_ScoreOutOfRange_Rejected()
    {
        var id = host.Service.Create(Feedback(meetingId, 7));

        var exception = Assert.Throws<DataverseFaultException>(
            () => host.Service.Update(new Entity(FeedbackColumns.Table, id) { [FeedbackColumns.Score] = 12 }));

        Assert.Contains("outside the valid range", exception.Message, StringComparison.Ordinal);
        var columns = new Microsoft.Xrm.Sdk.Query.ColumnSet(FeedbackColumns.Score);
        var stored = host.Service.Retrieve(FeedbackColumns.Table, id, columns);
        Assert.Equal(7, stored.GetAttributeValue<int>(FeedbackColumns.Score));
    }

    [Fact]
    public void Update_CommentOnly_Saves()
    {
        var id = host.Service.Create(Feedback(meetingId, 7));

        host.Service.Update(new Entity(FeedbackColumns.Table, id) { ["cor_comment"] = "Shorter next time." });

        var stored = host.Service.Retrieve(FeedbackColumns.Table, id, new Microsoft.Xrm.Sdk.Query.ColumnSet("cor_comment", FeedbackColumns.Score));
        Assert.Equal("Shorter next time.", stored.GetAttributeValue<string>("cor_comment"));
        Assert.Equal(7, stored.GetAttributeValue<int>(FeedbackColumns.Score));
    }

    private static Entity Feedback(Guid? meeting, int? score)
    {
        var feedback = new Entity(FeedbackColumns.Table) { ["cor_name"] = "Feedback from Dana" };
        if (meeting.HasValue)
        {
            feedback[FeedbackColumns.MeetingId] = new EntityReference(MeetingColumns.Table, meeting.Value);
        }

        if (score.HasValue)
        {
            feedback[FeedbackColumns.Score] = score.Value;
        }

        return feedback;
    }
}
