using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Fees;

/// <summary>
/// The invoice basis (<i>fakturaunderlag</i>) of one course occasion: what each municipality is billed
/// for the participants it registered, one line per fee component (rules <c>FEE-1</c> to <c>FEE-3</c>).
/// </summary>
/// <remarks>
/// <para>
/// For each municipality that registered participants (in increasing order of code; its registration
/// lines added up) and each fee component (in the order of <see cref="FeeComponent"/>), the occasion's
/// days are priced one by one (<see cref="VariableFee.UnitPrice(CourseOccasion, OccasionDay, FeeComponent, FeeSchedule)"/>).
/// The days charged at one unit price make one line: participants × those days, the price, the amount.
/// A component charged on none of the days (a waived fee; the venue on digital days) has one line of
/// every participant day at 0 kr, so that the basis shows what was not charged as well. A component is
/// on more than one line only when its price changes within the occasion (a new fee schedule from a day
/// of the occasion, or the venue on site on some days and digital on others, where only the on-site
/// days are charged).
/// </para>
/// <para>The lines add up to <see cref="Total"/> exactly. This type is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class OccasionInvoice
{
    private OccasionInvoice(CourseOccasion occasion, ImmutableArray<InvoiceLine> lines)
    {
        Occasion = occasion;
        Lines = lines;
        Total = Sek.Sum(lines.Select(l => l.Amount));
    }

    /// <summary>The occasion invoiced.</summary>
    public CourseOccasion Occasion { get; }

    /// <summary>The lines: by municipality code, then by fee component, then by the first day each price applies.</summary>
    public ImmutableArray<InvoiceLine> Lines { get; }

    /// <summary>The sum of every line: what the occasion charges in all.</summary>
    public Sek Total { get; }

    /// <summary>The municipalities billed, in increasing order of code.</summary>
    public ImmutableArray<Municipality> Municipalities => [.. Lines.Select(l => l.Municipality).DistinctBy(m => m.Code)];

    /// <summary>The invoice basis of an occasion of a ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="occasionId">The occasion's id.</param>
    /// <returns>The invoice basis.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The ledger has no occasion with that id.</exception>
    public static OccasionInvoice For(Ledger ledger, string occasionId)
    {
        Guard.Against.Null(ledger);
        Guard.Against.Null(occasionId);
        return For(ledger.OccasionWith(occasionId), ledger.Region);
    }

    /// <summary>The invoice basis of an occasion in a region.</summary>
    /// <param name="occasion">The occasion.</param>
    /// <param name="region">The region: its municipalities (each registration's must be one) and its fee schedules (one on every day of the occasion).</param>
    /// <returns>The invoice basis.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">A registration's municipality is not one of the region's (a <see cref="Ledger"/> never holds one).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The region has no fee schedule on a day of the occasion (a <see cref="Ledger"/> never holds one).</exception>
    public static OccasionInvoice For(CourseOccasion occasion, Region region)
    {
        Guard.Against.Null(occasion);
        Guard.Against.Null(region);
        FeeSchedule[] schedules = [.. occasion.Days.Select(d => region.FeeScheduleOn(d.Date))];
        var lines = new List<InvoiceLine>();
        foreach (var registered in occasion.Participants
                     .GroupBy(p => p.Municipality)
                     .Select(g => (Code: g.Key, Count: g.Sum(p => (long)p.Count)))
                     .OrderBy(r => r.Code))
        {
            Municipality municipality = region.MunicipalityWith(registered.Code);
            foreach (FeeComponent component in Components.All)
            {
                var prices = new List<(Sek Price, long Days)>();
                for (int i = 0; i < occasion.Days.Length; i++)
                {
                    Sek price = VariableFee.UnitPrice(occasion, occasion.Days[i], component, schedules[i]);
                    int at = prices.FindIndex(p => p.Price == price);
                    if (at < 0)
                    {
                        prices.Add((price, 1));
                    }
                    else
                    {
                        prices[at] = (price, prices[at].Days + 1);
                    }
                }

                bool charged = prices.Exists(p => p.Price > Sek.Zero);
                if (!charged)
                {
                    lines.Add(new InvoiceLine(municipality, component, registered.Count * occasion.Days.Length, Sek.Zero, Sek.Zero));
                    continue;
                }

                foreach ((Sek price, long days) in prices.Where(p => p.Price > Sek.Zero))
                {
                    long participantDays = registered.Count * days;
                    lines.Add(new InvoiceLine(municipality, component, participantDays, price, price * participantDays));
                }
            }
        }

        return new OccasionInvoice(occasion, [.. lines]);
    }

    /// <summary>What the occasion charges a municipality: the sum of its lines; zero when it registered no one.</summary>
    /// <param name="code">The municipality's code.</param>
    /// <returns>The amount.</returns>
    public Sek AmountFor(MunicipalityCode code) => Sek.Sum(Lines.Where(l => l.Municipality.Code == code).Select(l => l.Amount));

    /// <summary>The lines, one per line of text, then the total, in the current UI culture (<c>"total: 3 200 kr"</c>, in Swedish <c>"summa: 3 200 kr"</c>).</summary>
    /// <returns>The invoice basis as text.</returns>
    public override string ToString() => string.Join("\n", Lines) + "\n" + LocalizedText.Format(FeeTexts.InvoiceTotal, Total);
}
