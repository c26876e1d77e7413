using Ardalis.GuardClauses;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Fees;

/// <summary>
/// What one participant costs for one course day of an occasion (rules <c>FEE-1</c>, <c>FEE-2</c>):
/// the unit price of each component of the variable fee.
/// </summary>
/// <remarks>
/// <para>The unit price of a component on a course day is, in this order:</para>
/// <list type="number">
/// <item>nothing, when the occasion waives its fee (rule <c>FEE-2</c>): every component, every day, the trainer pot included (rule <c>POT-1</c>);</item>
/// <item>nothing, on a digital day, for a component the fee schedule does not charge on digital days (Norrbotten: the venue);</item>
/// <item>for the venue, the occasion's own venue amount when it sets one (rule <c>FEE-2</c>);</item>
/// <item>otherwise the amount of the fee schedule in force on the day's date (a region's data, per date).</item>
/// </list>
/// <para>
/// An occasion's own venue amount changes the amount only: a digital day has no venue, so it is charged
/// on a digital day only where the schedule charges the venue on digital days. Each registered
/// participant pays for each course day, attended or not (rule <c>FEE-3</c>).
/// </para>
/// <para>All members are safe to call from several threads at once.</para>
/// </remarks>
public static class VariableFee
{
    /// <summary>The unit price of one component for one participant on one course day of an occasion.</summary>
    /// <param name="occasion">The occasion.</param>
    /// <param name="day">One of the occasion's days.</param>
    /// <param name="component">The fee component.</param>
    /// <param name="schedule">The fee schedule in force on the day's date.</param>
    /// <returns>The unit price, in whole kronor; zero when the component is not charged that day.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Sek UnitPrice(CourseOccasion occasion, OccasionDay day, FeeComponent component, FeeSchedule schedule)
    {
        Guard.Against.Null(occasion);
        Guard.Against.Null(day);
        Guard.Against.Null(component);
        Guard.Against.Null(schedule);
        if (occasion.WaivesFee)
        {
            return Sek.Zero;
        }

        FeeRate rate = schedule.RateOf(component);
        if (day.Mode == DeliveryMode.Digital && !rate.ChargedOnDigitalDays)
        {
            return Sek.Zero;
        }

        return component == FeeComponent.Venue && occasion.VenueFee is { } venue ? venue : rate.Amount;
    }

    /// <summary>The unit price of one component for one participant on one course day, by the region's fee schedule on the day's date.</summary>
    /// <param name="occasion">The occasion.</param>
    /// <param name="day">One of the occasion's days.</param>
    /// <param name="component">The fee component.</param>
    /// <param name="region">The region, whose fee schedule in force on the day's date applies.</param>
    /// <returns>The unit price, in whole kronor; zero when the component is not charged that day.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The region has no fee schedule on the day's date (a <see cref="Ledger"/> never holds such a day).</exception>
    public static Sek UnitPrice(CourseOccasion occasion, OccasionDay day, FeeComponent component, Region region)
    {
        Guard.Against.Null(day);
        Guard.Against.Null(region);
        return UnitPrice(occasion, day, component, region.FeeScheduleOn(day.Date));
    }

    /// <summary>The whole variable fee for one participant on one course day of an occasion: the sum of the components' unit prices.</summary>
    /// <param name="occasion">The occasion.</param>
    /// <param name="day">One of the occasion's days.</param>
    /// <param name="region">The region, whose fee schedule in force on the day's date applies.</param>
    /// <returns>The fee, in whole kronor.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The region has no fee schedule on the day's date.</exception>
    public static Sek PerParticipantDay(CourseOccasion occasion, OccasionDay day, Region region)
    {
        Guard.Against.Null(day);
        Guard.Against.Null(region);
        FeeSchedule schedule = region.FeeScheduleOn(day.Date);
        Sek sum = Sek.Zero;
        foreach (FeeComponent component in Components.All)
        {
            sum += UnitPrice(occasion, day, component, schedule);
        }

        return sum;
    }
}
