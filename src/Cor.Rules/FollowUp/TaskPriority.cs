namespace Cor.Rules.FollowUp;

/// <summary>
/// Priority of a task, with the option values of task.prioritycode.
/// </summary>
public enum TaskPriority
{
    Low = 0,
    Normal = 1,
    High = 2,
}
