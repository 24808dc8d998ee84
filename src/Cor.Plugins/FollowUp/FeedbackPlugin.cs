using System.Collections.Generic;
using Cor.Plugins.Framework;
using Cor.Rules.FollowUp;
using Microsoft.Xrm.Sdk;

namespace Cor.Plugins.FollowUp;

/// <summary>
/// PreValidation plugin on Create and Update of cor_feedback: rejects feedback without a meeting or a score, and a
/// score outside 0 to 10. An Update is checked only on the columns it sets.
/// </summary>
public sealed class FeedbackPlugin : PluginBase
{
    public const string MissingScoreMessage =
        "The customer feedback has no score. Give a score from 0 (worst) to 10 (best).";

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var target = context.GetTargetEntity();
        var isCreate = context.MessageName == MessageNames.Create;
        var problems = new List<string>();
        if (isCreate || target.Contains(FeedbackColumns.MeetingId))
        {
            CheckMeeting(target, problems);
        }

        if (isCreate || target.Contains(FeedbackColumns.Score))
        {
            CheckScore(target, problems);
        }

        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(string.Join(" ", problems));
        }
    }

    private static void CheckMeeting(Entity target, List<string> problems)
    {
        if (target.GetAttributeValue<EntityReference>(FeedbackColumns.MeetingId) == null)
        {
            problems.Add(FeedbackRules.MissingMeetingMessage);
        }
    }

    private static void CheckScore(Entity target, List<string> problems)
    {
        var score = target.GetAttributeValue<int?>(FeedbackColumns.Score);
        var problem = score == null ? MissingScoreMessage : FeedbackRules.CheckScore(score.Value);
        if (problem != null)
        {
            problems.Add(problem);
        }
    }
}
