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
        CheckId(id, "id", nameof(OccasionTexts.OccasionIdMissing), problems, nullsAreReported);
        CheckId(courseId, "course", nameof(OccasionTexts.OccasionCourseIdMissing), problems, nullsAreReported);

        if (days.Count == 0)
        {
            problems.Add(new("days", OccasionText.Of(nameof(OccasionTexts.OccasionHasNoCourseDay))));
        }
        else if (days.Count > Course.MaxCourseDays)
        {
            problems.Add(new("days", OccasionText.Of(nameof(OccasionTexts.OccasionHasTooManyCourseDays), Course.MaxCourseDays, days.Count)));
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
                    problems.Add(new(at, OccasionText.Of(nameof(OccasionTexts.OccasionEntryMissing))));
                }

                continue;
            }

            if (day.Mode is null && !nullsAreReported)
            {
                problems.Add(new(at + ".mode", OccasionText.Of(nameof(OccasionTexts.OccasionEntryMissing))));
            }

            if (previous is { } before && day.Date <= before)
            {
                problems.Add(new(
                    at + ".date",
                    OccasionText.Of(nameof(OccasionTexts.CourseDayOutOfOrder), Iso(day.Date), Iso(before))));
            }

            previous = day.Date;
            if (WhyNotACourseDay(day.Date) is LocalizedText why)
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
                    problems.Add(new(at, OccasionText.Of(nameof(OccasionTexts.OccasionEntryMissing))));
                }
            }
            else if (registration.Count < 1)
            {
                problems.Add(new(at + ".count", OccasionText.Of(nameof(OccasionTexts.RegistrationCountTooSmall), registration.Count)));
            }
            else if (registration.Count > CourseOccasion.MaxParticipants)
            {
                problems.Add(new(at + ".count", OccasionText.Of(nameof(OccasionTexts.RegistrationCountTooLarge), CourseOccasion.MaxParticipants, registration.Count)));
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
                    problems.Add(new(at, OccasionText.Of(nameof(OccasionTexts.OccasionEntryMissing))));
                }

                continue;
            }

            if (trainer.Dates is null)
            {
                continue;
            }

            ImmutableArray<LocalDate> taught = trainer.Dates.Value;

            if (taught.IsEmpty)
            {
                problems.Add(new(at + ".dates", OccasionText.Of(nameof(OccasionTexts.TrainerDatesEmpty))));
            }

            var seen = new HashSet<LocalDate>();
            for (int j = 0; j < taught.Length; j++)
            {
                string dateAt = $"{at}.dates[{Index(j)}]";
                if (!seen.Add(taught[j]))
                {
                    problems.Add(new(dateAt, OccasionText.Of(nameof(OccasionTexts.TrainerDateRepeated), Iso(taught[j]))));
                }
                else if (dates is not null && !dates.Contains(taught[j]))
                {
                    problems.Add(new(dateAt, OccasionText.Of(nameof(OccasionTexts.TrainerDateNotADayOfOccasion), Iso(taught[j]))));
                }
            }
        }

        if (venueFee is { } venue)
        {
            if (venue.Sign < 0)
            {
                problems.Add(new("venue_fee_sek", OccasionText.Of(nameof(OccasionTexts.VenueFeeNegative), venue)));
            }
            else if (!venue.IsWholeKronor)
            {
                problems.Add(new("venue_fee_sek", OccasionText.Of(nameof(OccasionTexts.VenueFeeNotWholeKronor), venue)));
            }
            else if (venue > Sek.FromKronor(CourseOccasion.MaxVenueFeeKronor))
            {
                problems.Add(new("venue_fee_sek", OccasionText.Of(nameof(OccasionTexts.VenueFeeTooLarge), venue, Sek.FromKronor(CourseOccasion.MaxVenueFeeKronor))));
            }
        }
    }

    /// <summary>Why a date cannot be a course day (rule <c>COURSE-7</c>), or null when it can.</summary>
    /// <param name="date">The date.</param>
    /// <returns>
    /// The reason in the current UI culture, naming a holiday by its Swedish name in every language, e.g.
    /// <c>"2023-06-23 is Midsommarafton, not a working day (COURSE-7)"</c>, or null.
    /// </returns>
    internal static LocalizedText? WhyNotACourseDay(LocalDate date)
    {
        if (!SwedishCalendar.Covers(date.Year))
        {
            return OccasionText.Of(nameof(OccasionTexts.OutsideWorkingDayCalendar), Iso(date), SwedishCalendar.FirstYear, SwedishCalendar.LastYear);
        }

        if (SwedishCalendar.IsWorkingDay(date))
        {
            return null;
        }

        return OccasionText.Of(nameof(OccasionTexts.NotAWorkingDay), Iso(date), SwedishCalendar.DayOffName(date));
    }

    private static void CheckId(string? value, string field, string missingKey, List<DataProblem> problems, bool nullsAreReported)
    {
        if (value is null && nullsAreReported)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, OccasionText.Of(missingKey)));
        }
        else if (value.Any(char.IsWhiteSpace))
        {
            problems.Add(new(field, OccasionText.Of(nameof(OccasionTexts.OccasionIdHasWhitespace), value)));
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
