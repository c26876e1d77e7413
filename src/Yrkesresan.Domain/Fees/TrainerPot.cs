using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Fees;

/// <summary>
/// The trainer pot (<i>utbildarpotten</i>) of a calendar year: what was collected for it, and how it is
/// shared out among the municipalities whose employees taught (rules <c>POT-1</c> to <c>POT-3</c>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Collected</b> (rule <c>POT-1</c>): what was actually charged for the trainer-pot component on the
/// course days dated in the year, over every registered participant (a waived fee adds nothing; a day
/// belongs to the year of its date, so an occasion across New Year adds to two pots).
/// </para>
/// <para>
/// <b>Shared out</b> (rule <c>POT-2</c>): in proportion to each municipality's trainer days in the year
/// (one per trainer and date taught; two trainers from one municipality on one day are two days), by the
/// largest-remainder method of rule <c>ALLOC-2</c>, so the shares add up to the pot exactly. Days of
/// external trainers do not count (rule <c>POT-3</c>). When no municipality's employee taught in the
/// year, nothing is paid out and the whole pot is <see cref="Undistributed"/>, never lost.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class TrainerPot
{
    private TrainerPot(int year, Sek collected, ImmutableArray<(MunicipalityCode Code, long Days)> trainerDays)
    {
        Year = year;
        Collected = collected;
        TrainerDays = [.. trainerDays.Select(t => new WeightedParty<MunicipalityCode>(t.Code, t.Days))];
        if (trainerDays.Length > 0)
        {
            Distribution = Apportionment.LargestRemainder<MunicipalityCode>(collected.WholeKronor, [.. TrainerDays]);
            PaidOut = Sek.FromKronor(Distribution.Shares.Sum(s => s.Amount));
        }

        Undistributed = Collected - PaidOut;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>What was charged for the pot on the year's course days (rule <c>POT-1</c>).</summary>
    public Sek Collected { get; }

    /// <summary>Each municipality's trainer days in the year, those with at least one, in increasing order of code; external trainers are not among them (rule <c>POT-3</c>).</summary>
    public ImmutableArray<WeightedParty<MunicipalityCode>> TrainerDays { get; }

    /// <summary>How the pot is shared by trainer days (rule <c>POT-2</c>); <see langword="null"/> when no municipality's employee taught in the year.</summary>
    public Allocation<MunicipalityCode>? Distribution { get; }

    /// <summary>What is paid out: the pot when anyone taught, else nothing.</summary>
    public Sek PaidOut { get; }

    /// <summary>What is not paid out, because no municipality's employee taught in the year (rule <c>POT-3</c>); zero otherwise.</summary>
    public Sek Undistributed { get; }

    /// <summary>The pot of a year of a ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="year">The calendar year.</param>
    /// <returns>The pot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static TrainerPot Of(Ledger ledger, int year)
    {
        Guard.Against.Null(ledger);
        Sek collected = Sek.Zero;
        var days = new Dictionary<MunicipalityCode, long>();
        foreach (CourseOccasion occasion in ledger.Occasions)
        {
            long participants = occasion.Participants.Sum(p => (long)p.Count);
            foreach (OccasionDay day in occasion.Days)
            {
                if (day.Date.Year == year)
                {
                    collected += VariableFee.UnitPrice(occasion, day, FeeComponent.TrainerPot, ledger.Region) * participants;
                }
            }

            AddTrainerDays(occasion, year, days);
        }

        return new TrainerPot(year, collected, [.. days.Select(d => (d.Key, d.Value)).OrderBy(d => d.Key)]);
    }

    /// <summary>What a municipality is paid from the pot; zero when its employees did not teach in the year.</summary>
    /// <param name="code">The municipality's code.</param>
    /// <returns>Its share.</returns>
    public Sek PayoutTo(MunicipalityCode code) =>
        Distribution is { } shares && shares.TryGetShare(code, out AllocationShare<MunicipalityCode> share) ? Sek.FromKronor(share.Amount) : Sek.Zero;

    /// <summary>A municipality's trainer days in the year; zero when its employees did not teach.</summary>
    /// <param name="code">The municipality's code.</param>
    /// <returns>Its trainer days.</returns>
    public long TrainerDaysOf(MunicipalityCode code)
    {
        foreach (WeightedParty<MunicipalityCode> party in TrainerDays)
        {
            if (party.Party == code)
            {
                return party.Weight;
            }
        }

        return 0;
    }

    /// <summary>
    /// The pot on one line in the current UI culture, e.g. <c>"trainer pot 2023: 19 600 kr collected, 19 600 kr paid out,
    /// 0 kr undistributed"</c>, in Swedish <c>"utbildarpott 2023: 19 600 kr inbetalt, 19 600 kr utbetalt, 0 kr ej fördelat"</c>.
    /// </summary>
    /// <returns>The pot as text.</returns>
    public override string ToString() => LocalizedText.Format(FeeTexts.PotSummary, Year, Collected, PaidOut, Undistributed);

    /// <summary>Adds an occasion's municipal trainer days dated in the year.</summary>
    internal static void AddTrainerDays(CourseOccasion occasion, int year, Dictionary<MunicipalityCode, long> days)
    {
        foreach (TrainerAssignment trainer in occasion.Trainers)
        {
            // A null check and .Value rather than "is not { } code": a pattern variable makes every
            // mutation of the condition a compile error, and mutation testing would skip the method.
            if (trainer.Municipality is null)
            {
                continue;
            }

            MunicipalityCode code = trainer.Municipality.Value;

            long taught = trainer.Dates is { } dates
                ? dates.Count(d => d.Year == year)
                : occasion.Days.Count(d => d.Date.Year == year);
            if (taught > 0)
            {
                days[code] = days.GetValueOrDefault(code) + taught;
            }
        }
    }
}
