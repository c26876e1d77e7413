using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Calendar;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Courses.Occasions;

/// <summary>
/// The occasion's and the ledger file's rules on random input: course days on working days only
/// (COURSE-7), in strictly increasing order (COURSE-6), and a reader that gives a ledger or problems
/// on any bytes, never another exception.
/// </summary>
public sealed class LedgerPropertyTests
{
    private static readonly byte[] Example = File.ReadAllBytes(Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.json"));

    [Fact]
    [Rule("COURSE-7")]
    public void Every_working_day_of_a_random_year_is_accepted_as_a_course_day_and_every_other_day_is_refused_with_its_reason()
    {
        Properties.ForAll(Gen.Choose(SwedishCalendar.FirstYear, SwedishCalendar.LastYear), year =>
        {
            for (LocalDate date = new(year, 1, 1); date.Year == year; date = date.PlusDays(1))
            {
                bool weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
                SwedishHoliday[] names = [.. SwedishHoliday.List.Where(h => h.DateIn(year) == date).OrderBy(h => h.Value)];
                if (!weekend && names.Length == 0)
                {
                    Assert.Equal(date, OnDays(date).FirstDate);
                    continue;
                }

                string what = names.Length > 0 ? string.Join(" and ", names.Select(n => n.DisplayName)) : $"a {date.DayOfWeek}";
                var error = Assert.Throws<RegionDataException>(() => OnDays(date));
                Assert.Equal($"days[0].date: {Iso(date)} is {what}, not a working day (COURSE-7)", Assert.Single(error.Problems).ToString());
            }
        });
    }

    [Fact]
    [Rule("COURSE-7")]
    public void Every_day_of_a_year_outside_the_calendar_is_refused_whatever_its_weekday()
    {
        Gen<LocalDate> dates =
            from year in Gen.OneOf(Gen.Choose(1900, SwedishCalendar.FirstYear - 1), Gen.Choose(SwedishCalendar.LastYear + 1, 9999))
            from dayOfYear in Gen.Choose(0, 364)
            select new LocalDate(year, 1, 1).PlusDays(dayOfYear);
        Properties.ForAll(dates, date =>
        {
            var error = Assert.Throws<RegionDataException>(() => OnDays(date));
            Assert.Equal(
                $"days[0].date: {Iso(date)} is outside the working-day calendar, which covers 1953 to 2199 (COURSE-7)",
                Assert.Single(error.Problems).ToString());
        });
    }

    [Fact]
    [Rule("COURSE-6")]
    public void An_occasion_s_dates_are_accepted_exactly_when_they_are_strictly_increasing()
    {
        LocalDate[] pool = [.. Enumerable.Range(0, 60).Select(i => new LocalDate(2023, 3, 1).PlusDays(i)).Where(SwedishCalendar.IsWorkingDay)];
        Gen<LocalDate[]> dates = Gen.Elements(pool).ArrayOf().Resize(8).Where(a => a.Length > 0);
        Properties.ForAll(dates, days =>
        {
            string[] expected =
            [
                .. Enumerable.Range(1, days.Length - 1)
                    .Where(i => days[i] <= days[i - 1])
                    .Select(i => $"days[{i}].date: {Iso(days[i])} does not come after the day before it ({Iso(days[i - 1])}); course days are in strictly increasing order (COURSE-6)"),
            ];
            if (expected.Length == 0)
            {
                Assert.Equal(days, OnDays(days).Days.Select(d => d.Date));
            }
            else
            {
                var error = Assert.Throws<RegionDataException>(() => OnDays(days));
                Assert.Equal(expected, error.Problems.Select(p => p.ToString()));
            }
        });
    }

    [Fact]
    [Rule("COURSE-6")]
    public void Any_reordering_of_the_occasions_of_the_example_gives_the_same_ledger_in_the_new_order()
    {
        Ledger example = LedgerFile.Parse(Example, "ledger.json", Norrbotten.Region).Ledger;
        Properties.ForAll(Gen.Shuffle(example.Occasions.ToArray()), occasions =>
        {
            var ledger = new Ledger(Norrbotten.Region, occasions);
            Assert.Equal<CourseOccasion>(occasions, ledger.Occasions);
            Assert.Equal<int>([2023, 2024], ledger.Years);
            Assert.All(occasions, o => Assert.Same(o, ledger.OccasionWith(o.Id)));
            Assert.Equal(2, ledger.Notices.Length);
        });
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void Every_cut_of_the_example_ledger_is_refused_with_problems_on_lines_of_the_file_and_never_an_exception()
    {
        int lines = Encoding.UTF8.GetString(Example).Split('\n').Length;
        for (int length = 0; length < Example.Length - 1; length++)
        {
            LedgerFileResult result = LedgerFile.Parse(Example.AsSpan(0, length), "ledger.json", Norrbotten.Region);
            Assert.False(result.IsValid, $"a cut at {length} bytes");
            Assert.NotEmpty(result.Problems);
            Assert.All(result.Problems, p => Assert.InRange(p.Line ?? 0, 1, lines));
        }
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void Any_change_of_bytes_gives_a_ledger_or_problems_and_never_another_exception()
    {
        Gen<(int At, byte Value)[]> changes = Gen.ArrayOf(
            from at in Gen.Choose(0, Example.Length - 1)
            from value in Gen.Elements<byte>((byte)'0', (byte)'1', (byte)'9', (byte)'"', (byte)',', (byte)'{', (byte)']', (byte)'-', (byte)'.', (byte)'n', (byte)' ', 0xC3, 0xFF)
            select (at, value)).Resize(3).Where(a => a.Length > 0);
        Properties.ForAll(changes, edits =>
        {
            byte[] bytes = (byte[])Example.Clone();
            foreach ((int at, byte value) in edits)
            {
                bytes[at] = value;
            }

            LedgerFileResult result = LedgerFile.Parse(bytes, "ledger.json", Norrbotten.Region);
            Assert.True(result.IsValid != (result.Problems.Length > 0));
            Assert.All(result.Problems, p => Assert.True(p.Line is >= 1 && p.Path.StartsWith('$') && p.Message.Length > 0, p.ToString()));
        });
    }

    private static CourseOccasion OnDays(params LocalDate[] dates) =>
        new("o", "c", dates.Select(d => new OccasionDay(d, DeliveryMode.OnSite)), [], []);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
