using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Settlement;

/// <summary>
/// The year-end settlement (<i>årsavräkning</i>) of a region: for each of its municipalities, the
/// participant days and variable fees of the year's course days, its trainer days and share of the
/// trainer pot, its share of the fixed cost with the two half-year invoices, and the net.
/// </summary>
/// <remarks>
/// <para>
/// A course day belongs to the calendar year of its date (rule <c>POT-1</c>), so an occasion across New
/// Year is settled in two years, each with its own days. Variable fees follow
/// <see cref="VariableFee"/> (rules <c>FEE-1</c> to <c>FEE-3</c>); the pot is <see cref="TrainerPot"/>
/// (rules <c>POT-1</c> to <c>POT-3</c>); the fixed cost is <see cref="FixedCostAllocation.ForYear"/>
/// (rules <c>ALLOC-1</c> to <c>ALLOC-5</c>).
/// </para>
/// <para>
/// The totals reconcile to the krona: the municipalities' variable fees add up to what the occasions
/// charged on the year's days; the pot paid out plus the pot undistributed is the pot collected; the
/// fixed-cost shares add up to the year's fixed cost, and each municipality's two halves to its share.
/// </para>
/// <para>This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class YearEndSettlement
{
    private YearEndSettlement(int year, Region region, TrainerPot pot, FixedCostStatement fixedCost, ImmutableArray<MunicipalitySettlement> municipalities)
    {
        Year = year;
        Region = region;
        Pot = pot;
        FixedCost = fixedCost;
        Municipalities = municipalities;
    }

    /// <summary>The calendar year settled.</summary>
    public int Year { get; }

    /// <summary>The region.</summary>
    public Region Region { get; }

    /// <summary>The year's trainer pot: collected, paid out, undistributed.</summary>
    public TrainerPot Pot { get; }

    /// <summary>The year's fixed-cost statement.</summary>
    public FixedCostStatement FixedCost { get; }

    /// <summary>Every municipality of the region, those with nothing in the year included, in increasing order of code.</summary>
    public ImmutableArray<MunicipalitySettlement> Municipalities { get; }

    /// <summary>All variable fees of the year: the sum over the municipalities, which is the sum over the occasions' days in the year.</summary>
    public Sek VariableFees => Sek.Sum(Municipalities.Select(m => m.VariableFees));

    /// <summary>All participant days of the year.</summary>
    public long ParticipantDays => Municipalities.Sum(m => m.ParticipantDays);

    /// <summary>All municipal trainer days of the year.</summary>
    public long TrainerDays => Municipalities.Sum(m => m.TrainerDays);

    /// <summary>All that the municipalities owe, net: fixed cost + variable fees − pot paid out.</summary>
    public Sek Net => Sek.Sum(Municipalities.Select(m => m.Net));

    /// <summary>Settles a year of a ledger.</summary>
    /// <param name="ledger">The ledger, valid against its region.</param>
    /// <param name="year">The calendar year.</param>
    /// <returns>The settlement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is before the region's first fixed cost or membership; the message names it.</exception>
    public static YearEndSettlement Of(Ledger ledger, int year)
    {
        Guard.Against.Null(ledger);
        Region region = ledger.Region;
        FixedCostStatement fixedCost = FixedCostAllocation.ForYear(region, year);
        TrainerPot pot = TrainerPot.Of(ledger, year);

        var participantDays = new Dictionary<MunicipalityCode, long>();
        var fees = new Dictionary<MunicipalityCode, Sek>();
        foreach (CourseOccasion occasion in ledger.Occasions)
        {
            foreach (OccasionDay day in occasion.Days)
            {
                if (day.Date.Year != year)
                {
                    continue;
                }

                Sek perParticipant = VariableFee.PerParticipantDay(occasion, day, region);
                foreach (ParticipantRegistration registration in occasion.Participants)
                {
                    participantDays[registration.Municipality] = participantDays.GetValueOrDefault(registration.Municipality) + registration.Count;
                    fees[registration.Municipality] = fees.GetValueOrDefault(registration.Municipality) + (perParticipant * registration.Count);
                }
            }
        }

        var members = fixedCost.Lines.ToDictionary(l => l.Code);
        ImmutableArray<MunicipalitySettlement> lines =
        [
            .. region.Municipalities.OrderBy(m => m.Code).Select(m =>
            {
                FixedCostLine? line = members.GetValueOrDefault(m.Code);
                return new MunicipalitySettlement(
                    m,
                    participantDays.GetValueOrDefault(m.Code),
                    fees.GetValueOrDefault(m.Code),
                    pot.TrainerDaysOf(m.Code),
                    pot.PayoutTo(m.Code),
                    line?.Annual ?? Sek.Zero,
                    line?.FirstHalf ?? Sek.Zero,
                    line?.SecondHalf ?? Sek.Zero);
            }),
        ];

        return new YearEndSettlement(year, region, pot, fixedCost, lines);
    }

    /// <summary>The settlement of a municipality.</summary>
    /// <param name="code">The municipality's code.</param>
    /// <returns>Its line.</returns>
    /// <exception cref="KeyNotFoundException">The region has no municipality with that code.</exception>
    public MunicipalitySettlement For(MunicipalityCode code) =>
        Municipalities.FirstOrDefault(m => m.Code == code)
        ?? throw new KeyNotFoundException($"{Region.Name} has no municipality {code}.");

    /// <summary>The settlement as text in the current UI culture: a header with the trainer pot, then one line per municipality.</summary>
    /// <returns>The settlement.</returns>
    public override string ToString() =>
        $"{Region.Name} {Year.ToString(CultureInfo.InvariantCulture)}: {Pot}\n" + string.Join("\n", Municipalities);
}
