using System.Globalization;

namespace Cor.Rules.FollowUp;

/// <summary>
/// Checks that customer feedback (cor_feedback) belongs to a meeting and has a score from 0 to 10. These checks keep
/// the data valid, so they apply at every enforcement level.
/// </summary>
public static class FeedbackRules
{
    public const int MinScore = 0;

    public const int MaxScore = 10;

    public const string MissingMeetingMessage =
        "The customer feedback has no COR meeting. Set cor_meetingid to the meeting the feedback is about.";

    /// <summary>Returns an error message when the score is outside 0 to 10, or null when it is valid.</summary>
    public static string? CheckScore(int score)
    {
        if (score >= MinScore && score <= MaxScore)
        {
            return null;
        }

        return $"The feedback score {score.ToString(CultureInfo.InvariantCulture)} is out of range. "
            + $"Give a score from {MinScore.ToString(CultureInfo.InvariantCulture)} (worst) to "
            + $"{MaxScore.ToString(CultureInfo.InvariantCulture)} (best).";
    }
}
