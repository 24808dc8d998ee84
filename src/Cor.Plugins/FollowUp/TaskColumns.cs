namespace Cor.Plugins.FollowUp;

/// <summary>
/// Logical names of the task table, the columns a follow-up task sets, and the two custom columns that mark it.
/// </summary>
public static class TaskColumns
{
    public const string Table = "task";
    public const string Id = "activityid";
    public const string Subject = "subject";
    public const string Description = "description";
    public const string ScheduledEnd = "scheduledend";
    public const string OwnerId = "ownerid";
    public const string RegardingObjectId = "regardingobjectid";
    public const string PriorityCode = "prioritycode";
    public const string StateCode = "statecode";

    /// <summary>Choice column with the <see cref="Cor.Rules.FollowUp.FollowUpTaskKind"/> of a follow-up task.</summary>
    public const string FollowUpKind = "cor_followupkind";

    /// <summary>Lookup to the cor_nextstep that a next-step task comes from.</summary>
    public const string NextStepId = "cor_nextstepid";

    /// <summary>State (statecode) of a completed task.</summary>
    public const int CompletedState = 1;
}
