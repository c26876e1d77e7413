using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Courses.Occasions;

/// <summary>
/// A course occasion (<i>kurstillfälle</i>, rule <c>COURSE-6</c>): one course of the catalogue given on
/// certain days, each on site or digitally, taught by trainers and attended by the participants the
/// municipalities registered; with the occasion's own venue amount or a waiver of its fee where the
/// region decided so (rule <c>FEE-2</c>).
/// </summary>
/// <remarks>
/// <para>
/// An occasion is validated as a whole when it is created, and every problem is reported at once in a
/// <see cref="RegionDataException"/> with paths in the ledger file's spelling (<c>days[1].date</c>,
/// <c>trainers[0].dates[2]</c>): at least one course day (rule <c>COURSE-3</c>); dates in strictly
/// increasing order (rule <c>COURSE-6</c>); each a Swedish working day (rule <c>COURSE-7</c>); counts of
/// at least one; trainer dates among the occasion's days, none twice; a venue amount in whole kronor,
/// not negative. What needs a region (its municipalities, its catalogue, its fee schedules) is checked
/// by the <see cref="Ledger"/> that holds the occasion.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class CourseOccasion
{
    /// <summary>The most participants one registration may count.</summary>
    public const int MaxParticipants = 10_000;

    /// <summary>The largest venue amount an occasion may set, in kronor per participant and day.</summary>
    public const long MaxVenueFeeKronor = 1_000_000;

    /// <summary>Creates and validates a course occasion.</summary>
    /// <param name="id">The occasion's id, unique in its ledger; not blank, no whitespace.</param>
    /// <param name="courseId">The id of the course given; not blank, no whitespace.</param>
    /// <param name="days">The course days, in strictly increasing order of date; at least one.</param>
    /// <param name="participants">The registrations, one line per municipality or more; may be empty.</param>
    /// <param name="trainers">The trainers, one per person; may be empty.</param>
    /// <param name="venueFee">The occasion's own venue amount per participant and on-site day, replacing the fee schedule's; <see langword="null"/> (the default) keeps the schedule's.</param>
    /// <param name="waivesFee">Whether the occasion's whole variable fee is waived (rule <c>FEE-2</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/>, <paramref name="participants"/> or <paramref name="trainers"/> is null.</exception>
    /// <exception cref="RegionDataException">The occasion breaks a rule; every problem is listed.</exception>
    public CourseOccasion(
        string id,
        string courseId,
        IEnumerable<OccasionDay> days,
        IEnumerable<ParticipantRegistration> participants,
        IEnumerable<TrainerAssignment> trainers,
        Sek? venueFee = null,
        bool waivesFee = false)
        : this(id, courseId, days, participants, trainers, venueFee, waivesFee, alreadyChecked: false)
    {
    }

    /// <summary>Creates an occasion, checking it unless the caller has checked the same parts with <see cref="CourseOccasionValidator.Check"/>.</summary>
    internal CourseOccasion(
        string id,
        string courseId,
        IEnumerable<OccasionDay> days,
        IEnumerable<ParticipantRegistration> participants,
        IEnumerable<TrainerAssignment> trainers,
        Sek? venueFee,
        bool waivesFee,
        bool alreadyChecked)
    {
        Guard.Against.Null(days);
        Guard.Against.Null(participants);
        Guard.Against.Null(trainers);
        ImmutableArray<OccasionDay> given = [.. days];
        ImmutableArray<ParticipantRegistration> registered = [.. participants];
        ImmutableArray<TrainerAssignment> taught = [.. trainers];

        if (!alreadyChecked)
        {
            var problems = new List<DataProblem>();
            CourseOccasionValidator.Check(id, courseId, given!, registered!, taught!, venueFee, problems, nullsAreReported: false);
            if (problems.Count > 0)
            {
                throw new RegionDataException(LocalizedText.Format(OccasionTexts.OccasionSubject, string.IsNullOrWhiteSpace(id) ? OccasionTexts.OccasionWithoutId : id), problems);
            }
        }

        Id = id;
        CourseId = courseId;
        Days = given;
        Participants = registered;
        Trainers = taught;
        VenueFee = venueFee;
        WaivesFee = waivesFee;
    }

    /// <summary>The occasion's id, unique in its ledger.</summary>
    public string Id { get; }

    /// <summary>The id of the course given, as the region's catalogue names it.</summary>
    public string CourseId { get; }

    /// <summary>The course days, in strictly increasing order of date (rule <c>COURSE-6</c>).</summary>
    public ImmutableArray<OccasionDay> Days { get; }

    /// <summary>The registrations, in the order given (rule <c>FEE-3</c>).</summary>
    public ImmutableArray<ParticipantRegistration> Participants { get; }

    /// <summary>The trainers, in the order given (rules <c>POT-2</c>, <c>POT-3</c>).</summary>
    public ImmutableArray<TrainerAssignment> Trainers { get; }

    /// <summary>The occasion's own venue amount per participant and on-site day; <see langword="null"/> when the fee schedule's applies (rule <c>FEE-2</c>).</summary>
    public Sek? VenueFee { get; }

    /// <summary>Whether the occasion's whole variable fee is waived: nothing is charged, and nothing goes to the trainer pot (rules <c>FEE-2</c>, <c>POT-1</c>).</summary>
    public bool WaivesFee { get; }

    /// <summary>The first course day's date.</summary>
    public LocalDate FirstDate => Days[0].Date;

    /// <summary>The last course day's date.</summary>
    public LocalDate LastDate => Days[^1].Date;

    /// <summary>The dates a trainer of this occasion taught: the trainer's own dates, or every day of the occasion when none are given.</summary>
    /// <param name="trainer">One of <see cref="Trainers"/>.</param>
    /// <returns>The dates, in increasing order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="trainer"/> is null.</exception>
    public ImmutableArray<LocalDate> DatesTaughtBy(TrainerAssignment trainer)
    {
        Guard.Against.Null(trainer);
        return trainer.Dates is { } dates ? [.. dates.Order()] : [.. Days.Select(d => d.Date)];
    }

    /// <summary>The id, the course and the dates, e.g. <c>"2023-1 (samtal-och-delaktighet) 2023-03-14..2023-03-15"</c>.</summary>
    /// <returns>The occasion as text.</returns>
    public override string ToString() =>
        $"{Id} ({CourseId}) {LocalDatePattern.Iso.Format(FirstDate)}{(Days.Length > 1 ? ".." + LocalDatePattern.Iso.Format(LastDate) : string.Empty)}";
}
