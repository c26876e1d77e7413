using System.Collections.Immutable;
using NodaTime;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Settlement;

namespace Yrkesresan.Domain.Reporting;

/// <summary>
/// The activity of a region's year (rule <c>REPORT-1</c>): the course occasions (<i>kurstillfällen</i>)
/// with a course day in the year, their course days on site and digital, the participant days
/// (<i>deltagardagar</i>), the registered participants by career step, and the municipal trainers
/// (<i>utbildare</i>) with their trainer days.
/// </summary>
/// <remarks>
/// <para>
/// A course day belongs to the year of its date (rule <c>POT-1</c>), so an occasion across New Year is
/// in the activity of both years, each with its own days; its participants and trainers are counted in
/// each year they have a day. Participant days and trainer days are the settlement's.
/// </para>
/// <para>Made only by <see cref="AnnualReport"/>; immutable and safe to share between threads.</para>
/// </remarks>
public sealed class ReportActivity
{
    private ReportActivity(
        int occasions,
        long onSiteDays,
        long digitalDays,
        long participantDays,
        long participants,
        ImmutableArray<StepParticipants> byStep,
        long withoutStep,
        long trainers,
        long trainerDays,
        LocalDate? firstDay,
        LocalDate? lastDay)
    {
        FirstCourseDay = firstDay;
        LastCourseDay = lastDay;
        Occasions = occasions;
        OnSiteCourseDays = onSiteDays;
        DigitalCourseDays = digitalDays;
        ParticipantDays = participantDays;
        Participants = participants;
        ParticipantsByStep = byStep;
        ParticipantsWithoutStep = withoutStep;
        MunicipalTrainers = trainers;
        TrainerDays = trainerDays;
    }

    /// <summary>The course occasions with at least one course day dated in the year.</summary>
    public int Occasions { get; }

    /// <summary>Their course days on site in the year (rule <c>COURSE-3</c>): one per occasion and date.</summary>
    public long OnSiteCourseDays { get; }

    /// <summary>Their digital course days in the year.</summary>
    public long DigitalCourseDays { get; }

    /// <summary>The date of the year's first course day; null when the year has none.</summary>
    public LocalDate? FirstCourseDay { get; }

    /// <summary>The date of the year's last course day; null when the year has none.</summary>
    public LocalDate? LastCourseDay { get; }

    /// <summary>All their course days in the year: on site and digital.</summary>
    public long CourseDays => OnSiteCourseDays + DigitalCourseDays;

    /// <summary>The participant days of the year: registered participants × course days (rule <c>FEE-3</c>), the settlement's.</summary>
    public long ParticipantDays { get; }

    /// <summary>The registered participants of the occasions with a day in the year: the registrations' counts added up (a person on two occasions counts twice).</summary>
    public long Participants { get; }

    /// <summary>
    /// The registered participants by the career step of the occasion's course: one line for each step that has
    /// a route in the region's catalogue (rule <c>COURSE-1</c>), in step order, zeros included. A course's step is
    /// known when it is a stop on exactly one route.
    /// </summary>
    public ImmutableArray<StepParticipants> ParticipantsByStep { get; }

    /// <summary>The registered participants of occasions whose course has no known step: not in the catalogue, on no route, or on the routes of several steps.</summary>
    public long ParticipantsWithoutStep { get; }

    /// <summary>
    /// The municipal trainers who taught a course day of the year: one per trainer assignment of an occasion
    /// with a municipality (the ledger does not name people); external trainers are not counted (rule <c>POT-3</c>).
    /// </summary>
    public long MunicipalTrainers { get; }

    /// <summary>Their trainer days in the year (rule <c>POT-2</c>), the settlement's.</summary>
    public long TrainerDays { get; }

    /// <summary>Counts the activity of the settlement's year in the ledger.</summary>
    internal static ReportActivity Of(Ledger ledger, YearEndSettlement settlement)
    {
        int year = settlement.Year;
        CourseCatalogue catalogue = ledger.Region.Catalogue;
        ImmutableArray<Route> routes = catalogue.Routes;
        var byStep = routes.Select(r => r.Step).ToDictionary(s => s, _ => 0L);
        int occasions = 0;
        long onSite = 0, digital = 0, participants = 0, withoutStep = 0, trainers = 0;
        LocalDate? first = null, last = null;
        foreach (CourseOccasion occasion in ledger.Occasions)
        {
            ImmutableArray<OccasionDay> days = [.. occasion.Days.Where(d => d.Date.Year == year)];
            if (days.IsEmpty)
            {
                continue;
            }

            occasions++;
            first = first is { } f && f < days[0].Date ? f : days[0].Date;
            last = last is { } l && l > days[^1].Date ? l : days[^1].Date;
            onSite += days.Count(d => d.Mode == DeliveryMode.OnSite);
            digital += days.Count(d => d.Mode == DeliveryMode.Digital);
            long registered = occasion.Participants.Sum(p => (long)p.Count);
            participants += registered;
            if (StepOf(occasion.CourseId, routes) is { } step)
            {
                byStep[step] += registered;
            }
            else
            {
                withoutStep += registered;
            }

            trainers += occasion.Trainers.Count(t => !t.IsExternal && occasion.DatesTaughtBy(t).Any(d => d.Year == year));
        }

        return new ReportActivity(
            occasions,
            onSite,
            digital,
            settlement.ParticipantDays,
            participants,
            [.. routes.Select(r => new StepParticipants(r.Step, byStep[r.Step]))],
            withoutStep,
            trainers,
            settlement.TrainerDays,
            first,
            last);
    }

    /// <summary>The step of a course: the step of the one route it is a stop on (a catalogue has one route per step); null when none or several.</summary>
    private static CareerStep? StepOf(string courseId, ImmutableArray<Route> routes)
    {
        CareerStep[] steps = [.. routes.Where(r => r.Stops.Contains(courseId, StringComparer.Ordinal)).Select(r => r.Step)];
        return steps.Length == 1 ? steps[0] : null;
    }
}
