using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Courses.Calendar;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Courses.Occasions;

/// <summary>
/// The rules a <see cref="CourseOccasion"/> checks itself (rules <c>COURSE-3</c>, <c>COURSE-6</c>,
/// <c>COURSE-7</c>, <c>FEE-2</c>), for its constructor and for the ledger reader, which checks the
/// parts it could read before it builds the occasion.
/// </summary>
internal static class CourseOccasionValidator
{
    /// <summary>
    /// Checks an occasion's own rules, on parts that may be incomplete: a null part is one the caller
    /// could not read (and has already reported) when <paramref name="nullsAreReported"/> is true, and
    /// checks that depend on it are skipped; otherwise a null part is reported as missing.
    /// </summary>
    internal static void Check(
        string? id,
        string? courseId,
        IReadOnlyList<OccasionDay?> days,
        IReadOnlyList<ParticipantRegistration?> participants,
        IReadOnlyList<TrainerAssignment?> trainers,
        Sek? venueFee,
        List<DataProblem> problems,
        bool nullsAreReported)
    {
        CheckId(id, "id", "an occasion", problems, nullsAreReported);
        CheckId(courseId, "course", "an occasion's course", problems, nullsAreReported);

        if (days.Count == 0)
        {
            problems.Add(new("days", "an occasion has at least one course day (COURSE-3)"));
        }
        else if (days.Count > Course.MaxCourseDays)
        {
            problems.Add(new("days", $"an occasion has at most {Index(Course.MaxCourseDays)} course days, as a course has, not {Index(days.Count)}"));
        }

        bool allDaysRead = true;
        LocalDate? previous = null;
        for (int i = 0; i < days.Count; i++)
        {
            string at = $"days[{Index(i)}]";
            OccasionDay? day = days[i];
            if (day is null)
            {
                allDaysRead = false;
                if (!nullsAreReported)
                {
                    problems.Add(new(at, "is missing"));
                }

                continue;
            }

            if (day.Mode is null && !nullsAreReported)
            {
                problems.Add(new(at + ".mode", "is missing"));
            }

            if (previous is { } before && day.Date <= before)
            {
                problems.Add(new(
                    at + ".date",
                    $"{Iso(day.Date)} does not come after the day before it ({Iso(before)}); course days are in strictly increasing order (COURSE-6)"));
            }

            previous = day.Date;
            if (WhyNotACourseDay(day.Date) is { } why)
            {
                problems.Add(new(at + ".date", why));
            }
        }

        for (int i = 0; i < participants.Count; i++)
        {
            string at = $"participants[{Index(i)}]";
            ParticipantRegistration? registration = participants[i];
            if (registration is null)
            {
                if (!nullsAreReported)
                {
                    problems.Add(new(at, "is missing"));
                }
            }
            else if (registration.Count < 1)
            {
                problems.Add(new(at + ".count", $"must be at least 1, not {Index(registration.Count)}: a registration is of one participant or more"));
            }
            else if (registration.Count > CourseOccasion.MaxParticipants)
            {
                problems.Add(new(at + ".count", $"must be at most {Index(CourseOccasion.MaxParticipants)}, not {Index(registration.Count)}"));
            }
        }

        var dates = allDaysRead ? days.Select(d => d!.Date).ToHashSet() : null;
        for (int i = 0; i < trainers.Count; i++)
        {
            string at = $"trainers[{Index(i)}]";
            TrainerAssignment? trainer = trainers[i];
            if (trainer is null)
            {
                if (!nullsAreReported)
                {
                    problems.Add(new(at, "is missing"));
                }

                continue;
            }

            if (trainer.Dates is not { } taught)
            {
                continue;
            }

            if (taught.IsEmpty)
            {
                problems.Add(new(at + ".dates", "must not be empty: list the days the trainer taught, or leave the field out for every day"));
            }

            var seen = new HashSet<LocalDate>();
            for (int j = 0; j < taught.Length; j++)
            {
                string dateAt = $"{at}.dates[{Index(j)}]";
                if (!seen.Add(taught[j]))
                {
                    problems.Add(new(dateAt, $"{Iso(taught[j])} is given more than once"));
                }
                else if (dates is not null && !dates.Contains(taught[j]))
                {
                    problems.Add(new(dateAt, $"{Iso(taught[j])} is not one of the occasion's days"));
                }
            }
        }

        if (venueFee is { } venue)
        {
            if (venue.Sign < 0)
            {
                problems.Add(new("venue_fee_sek", $"{venue} is negative"));
            }
            else if (!venue.IsWholeKronor)
            {
                problems.Add(new("venue_fee_sek", $"{venue} is not whole kronor; invoiced amounts are whole kronor (MONEY-1)"));
            }
            else if (venue > Sek.FromKronor(CourseOccasion.MaxVenueFeeKronor))
            {
                problems.Add(new("venue_fee_sek", $"{venue} is more than {Sek.FromKronor(CourseOccasion.MaxVenueFeeKronor)} per participant and day"));
            }
        }
    }

    /// <summary>Why a date cannot be a course day (rule <c>COURSE-7</c>), or null when it can.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The reason, e.g. <c>"2023-06-23 is midsummer eve, not a working day (COURSE-7)"</c>, or null.</returns>
    internal static string? WhyNotACourseDay(LocalDate date)
    {
        if (!SwedishCalendar.Covers(date.Year))
        {
            return $"{Iso(date)} is outside the working-day calendar, which covers {Index(SwedishCalendar.FirstYear)} to {Index(SwedishCalendar.LastYear)} (COURSE-7)";
        }

        if (SwedishCalendar.IsWorkingDay(date))
        {
            return null;
        }

        ImmutableArray<SwedishHoliday> names = SwedishCalendar.NamesOf(date);
        string what = names.IsEmpty
            ? $"a {date.DayOfWeek}"
            : string.Join(" and ", names.Select(n => n.EnglishName));
        return $"{Iso(date)} is {what}, not a working day (COURSE-7)";
    }

    private static void CheckId(string? value, string field, string what, List<DataProblem> problems, bool nullsAreReported)
    {
        if (value is null && nullsAreReported)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, $"{what} needs an id"));
        }
        else if (value.Any(char.IsWhiteSpace))
        {
            problems.Add(new(field, $"'{value}' contains whitespace; an id has none"));
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
