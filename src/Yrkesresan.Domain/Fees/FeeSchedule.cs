using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Fees;

/// <summary>
/// A region's variable fee per participant and course day (rule <c>FEE-1</c>): one
/// <see cref="FeeRate"/> for each <see cref="FeeComponent"/>, each saying whether it is charged on a
/// digital course day (rule <c>FEE-2</c>).
/// </summary>
/// <remarks>
/// <para>
/// A schedule is validated as a whole when it is created: every problem is reported at once in a
/// <see cref="RegionDataException"/>, with paths in the region file's spelling relative to the
/// schedule (<c>components.venue.amount_sek</c>), and no partly valid schedule ever exists.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class FeeSchedule
{
    /// <summary>Creates and validates a schedule.</summary>
    /// <param name="rates">
    /// The rates, in any order: exactly one for each of the four components, each a whole number of
    /// kronor (rule <c>MONEY-1</c>) and not negative.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="RegionDataException">The data breaks a rule; every problem is listed.</exception>
    public FeeSchedule(IEnumerable<FeeRate> rates)
    {
        Guard.Against.Null(rates);
        FeeRate[] given = rates.ToArray();

        var problems = new List<DataProblem>();
        for (int i = 0; i < given.Length; i++)
        {
            if (given[i] is null)
            {
                problems.Add(new($"components[{i}]", FeeText.Of(nameof(FeeTexts.FeeRateMissing))));
            }
        }

        foreach (FeeComponent component in FeeComponent.List.OrderBy(c => c.Value))
        {
            string field = $"components.{component.Code}";
            FeeRate[] ofComponent = [.. given.Where(r => r is not null && r.Component == component)];
            if (ofComponent.Length == 0)
            {
                problems.Add(new(field, FeeText.Of(nameof(FeeTexts.FeeComponentMissing))));
            }
            else if (ofComponent.Length > 1)
            {
                problems.Add(new(field, FeeText.Of(nameof(FeeTexts.FeeComponentRepeated))));
            }

            foreach (Sek amount in ofComponent.Select(r => r.Amount).Distinct())
            {
                if (amount < Sek.Zero)
                {
                    problems.Add(new($"{field}.amount_sek", FeeText.Of(nameof(FeeTexts.FeeAmountNegative), amount)));
                }
                else if (!amount.IsWholeKronor)
                {
                    problems.Add(new($"{field}.amount_sek", FeeText.Of(nameof(FeeTexts.FeeAmountNotWholeKronor), amount)));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new RegionDataException(FeeTexts.FeeScheduleSubject, problems);
        }

        Rates = [.. given.OrderBy(r => r.Component.Value)];
    }

    /// <summary>The rates, one for each component, in the order of <see cref="FeeComponent"/>.</summary>
    public ImmutableArray<FeeRate> Rates { get; }

    /// <summary>The rate of a component.</summary>
    /// <param name="component">The component.</param>
    /// <returns>Its rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="component"/> is null.</exception>
    public FeeRate RateOf(FeeComponent component)
    {
        Guard.Against.Null(component);
        return Rates[component.Value - 1];
    }

    /// <summary>
    /// What a component costs per participant for a course day given one way (rule <c>FEE-2</c>): its
    /// amount on site, and on a digital day its amount when it is charged on digital days, else zero.
    /// </summary>
    /// <param name="component">The component.</param>
    /// <param name="mode">How the course day is given.</param>
    /// <returns>The amount charged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="component"/> or <paramref name="mode"/> is null.</exception>
    public Sek AmountOf(FeeComponent component, DeliveryMode mode)
    {
        Guard.Against.Null(mode);
        FeeRate rate = RateOf(component);
        return mode == DeliveryMode.Digital && !rate.ChargedOnDigitalDays ? Sek.Zero : rate.Amount;
    }

    /// <summary>
    /// The whole fee per participant for a course day given one way (rules <c>FEE-1</c>, <c>FEE-2</c>):
    /// on site every component; on a digital day only those charged on digital days.
    /// </summary>
    /// <param name="mode">How the course day is given.</param>
    /// <returns>The sum of the components charged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mode"/> is null.</exception>
    public Sek AmountPerParticipantDay(DeliveryMode mode)
    {
        Guard.Against.Null(mode);
        return Sek.Sum(Rates.Select(r => AmountOf(r.Component, mode)));
    }

    /// <summary>
    /// The schedule on one line in the current UI culture, fee components by their codes, e.g. <c>"venue 1 000 kr, not on digital days; trainer_pot 400 kr;
    /// course_material 100 kr; buffer 50 kr: 1 550 kr per participant and day on site, 550 kr digitally"</c>.
    /// </summary>
    /// <returns>The schedule as text.</returns>
    public override string ToString() =>
        LocalizedText.Format(FeeTexts.ScheduleSummary, string.Join("; ", Rates), AmountPerParticipantDay(DeliveryMode.OnSite), AmountPerParticipantDay(DeliveryMode.Digital));
}
