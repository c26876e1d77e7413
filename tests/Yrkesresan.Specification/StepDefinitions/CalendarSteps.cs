using NodaTime;
using Reqnroll;
using Yrkesresan.Domain.Courses.Calendar;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.StepDefinitions;

/// <summary>The Swedish working-day calendar of COURSE-7: <see cref="SwedishCalendar"/>.</summary>
[Binding]
public sealed class CalendarSteps
{
    private LocalDate day;

    [When(@"^kalendern slås upp för (\S+)$")]
    public void WhenTheCalendarIsLookedUp(string date) => day = Swedish.Date(date);

    [Then(@"^är dagen en (\w+)$")]
    public void ThenTheWeekday(string weekday) =>
        Assert.Equal(weekday, Culture.Swedish.DateTimeFormat.GetDayName(day.ToDateTimeUnspecified().DayOfWeek));

    [Then(@"^är det en arbetsdag: (ja|nej)$")]
    public void ThenWorkingDay(string yes) => Assert.Equal(Swedish.YesNo(yes), SwedishCalendar.IsWorkingDay(day));

    [Then(@"^är dagens namn i kalendern (.+)$")]
    public void ThenNamed(string names) =>
        Assert.Equal(Swedish.List(names), SwedishCalendar.NamesOf(day).Select(h => h.DisplayName));
}
