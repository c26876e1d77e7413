namespace Yrkesresan.Domain.Courses;

/// <summary>
/// One task of a course's preparation (<i>förberedelser</i>) or follow-up (<i>fördjupning efter</i>),
/// done by the participant on their own in the learning platform (rule <c>COURSE-2</c>).
/// </summary>
/// <remarks>
/// <para>
/// A task is checked when the <see cref="Course"/> that holds it is created, so that every problem is
/// reported at once with its path in the region file (<c>follow_up[1].minutes</c>): the title must
/// not be blank, the goal must be given with a level and a text, the estimated time must be
/// <see cref="MinEstimatedMinutes"/> to <see cref="MaxEstimatedMinutes"/> minutes, and the mode must
/// be <see cref="DeliveryMode.Digital"/>: preparation and follow-up are always digital (rule
/// <c>COURSE-3</c>).
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed record CourseTask
{
    /// <summary>The shortest estimated time of a task, in minutes.</summary>
    public const int MinEstimatedMinutes = 1;

    /// <summary>The longest estimated time of a task, in minutes.</summary>
    public const int MaxEstimatedMinutes = 10_000;

    /// <summary>Creates a task; it is checked by the <see cref="Course"/> that holds it.</summary>
    /// <param name="title">The task's title; not blank.</param>
    /// <param name="goal">The knowledge goal the task aims at.</param>
    /// <param name="estimatedMinutes">The estimated time the task takes, in minutes: <see cref="MinEstimatedMinutes"/> to <see cref="MaxEstimatedMinutes"/>.</param>
    /// <param name="mode">How the task is given; <see langword="null"/> (the default) means <see cref="DeliveryMode.Digital"/>, the only mode a task may have (rule <c>COURSE-3</c>).</param>
    public CourseTask(string title, KnowledgeGoal goal, int estimatedMinutes, DeliveryMode? mode = null)
    {
        Title = title;
        Goal = goal;
        EstimatedMinutes = estimatedMinutes;
        Mode = mode ?? DeliveryMode.Digital;
    }

    /// <summary>The task's title.</summary>
    public string Title { get; }

    /// <summary>The knowledge goal the task aims at.</summary>
    public KnowledgeGoal Goal { get; }

    /// <summary>The estimated time the task takes, in minutes.</summary>
    public int EstimatedMinutes { get; }

    /// <summary>How the task is given: always <see cref="DeliveryMode.Digital"/> in a valid course (rule <c>COURSE-3</c>).</summary>
    public DeliveryMode Mode { get; }

    /// <summary>The title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
