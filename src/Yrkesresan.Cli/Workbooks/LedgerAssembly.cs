using System.Globalization;
using System.Text.RegularExpressions;
using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using static Yrkesresan.Cli.Workbooks.LedgerLayout;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// Builds the occasions of a ledger workbook's rows with the library's public types, <see cref="CourseOccasion"/> for
/// each occasion's own rules and <see cref="Ledger"/> for the region's, and places the problems and notices they
/// give, whose paths name fields of the JSON form (<c>occasions[2].days[1].date</c>), at the cells the fields came
/// from (<c>Kursdagar!B7</c>).
/// </summary>
/// <param name="region">The region.</param>
/// <param name="problems">Where problems go.</param>
/// <param name="sheets">The four sheets, found.</param>
internal sealed partial class LedgerAssembly(Region region, ProblemList problems, IReadOnlyDictionary<LedgerSheet, ReadSheet> sheets)
{
    /// <summary>Builds the ledger of the rows whose cells were all read.</summary>
    /// <param name="occasions">The occasion rows.</param>
    /// <param name="days">The day rows.</param>
    /// <param name="participants">The participant rows.</param>
    /// <param name="trainers">The trainer rows.</param>
    /// <param name="notices">Where the ledger's notices go.</param>
    /// <returns>The ledger of the occasions that could be built, or null when the region's checks refused it.</returns>
    public Ledger? Build(OccasionRow[] occasions, DayRow[] days, ParticipantRow[] participants, TrainerRow[] trainers, List<WorkbookProblem> notices)
    {
        var built = new List<CourseOccasion>();
        var placed = new List<Rows>();
        foreach (OccasionRow occasion in occasions)
        {
            var rows = new Rows(
                occasion,
                [.. days.Where(d => d.Occasion == occasion.Id)],
                [.. participants.Where(p => p.Occasion == occasion.Id)],
                [.. trainers.Where(t => t.Occasion == occasion.Id)]);
            if (!occasion.Read || rows.Days.Any(d => !d.Read) || rows.Participants.Any(p => !p.Read) || rows.Trainers.Any(t => !t.Read))
            {
                continue;
            }

            try
            {
                built.Add(new CourseOccasion(
                    occasion.Id!,
                    occasion.Course!,
                    rows.Days.Select(d => new OccasionDay(d.Date, d.Mode!)),
                    rows.Participants.Select(p => new ParticipantRegistration(p.Municipality!.Value, (int)p.Count!.Value)),
                    rows.Trainers.Select(t => new TrainerAssignment(t.Municipality, t.Dates)),
                    occasion.Venue is long kronor ? Sek.FromKronor(kronor) : null,
                    occasion.Waived));
                placed.Add(rows);
            }
            catch (RegionDataException exception)
            {
                foreach (DataProblem problem in exception.Problems)
                {
                    (string sheet, CellAddress at) = Place(rows, problem.Path);
                    problems.OfCell(sheet, at, problem);
                }
            }
        }

        try
        {
            var ledger = new Ledger(region, built);
            foreach (DataProblem notice in ledger.Notices)
            {
                (string sheet, CellAddress at) = PlaceInLedger(placed, notice.Path);
                notices.Add(problems.Apart(sheet, at, notice));
            }

            return ledger;
        }
        catch (RegionDataException exception)
        {
            foreach (DataProblem problem in exception.Problems)
            {
                (string sheet, CellAddress at) = PlaceInLedger(placed, problem.Path);
                problems.OfCell(sheet, at, problem);
            }

            return null;
        }
    }

    private (string Sheet, CellAddress At) PlaceInLedger(List<Rows> placed, string path)
    {
        // The ledger holds only the occasions built, in order, so its index is one of theirs.
        Match match = OccasionPath().Match(path);
        int index = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        Rows rows = placed[Math.Clamp(index, 0, placed.Count - 1)];
        return Place(rows, match.Success ? match.Groups[2].Value : path);
    }

    /// <summary>The cell of a field of an occasion: <c>days[1].date</c> is the date of its second day row.</summary>
    private (string Sheet, CellAddress At) Place(Rows rows, string path)
    {
        Match match = ItemPath().Match(path);
        if (match.Success)
        {
            int index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            string field = match.Groups[3].Value;
            switch (match.Groups[1].Value)
            {
                case "days" when index < rows.Days.Length:
                    return At(LedgerSheet.Days, rows.Days[index].Row, field == "mode" ? DayMode : DayDate);
                case "participants" when index < rows.Participants.Length:
                    return At(LedgerSheet.Participants, rows.Participants[index].Row, field == "municipality" ? ParticipantMunicipality : ParticipantCount);
                case "trainers" when index < rows.Trainers.Length:
                    return At(LedgerSheet.Trainers, rows.Trainers[index].Row, field == "municipality" ? TrainerMunicipality : TrainerDates);
            }
        }

        int column = path switch
        {
            "course" => CourseId,
            "venue_fee_sek" => Venue,
            "waive_fee" => Waived,
            _ => OccasionId,
        };
        return At(LedgerSheet.Occasions, rows.Occasion.Row, column);
    }

    private (string Sheet, CellAddress At) At(LedgerSheet kind, int row, int column) => (sheets[kind].Name, new CellAddress(row, column));

    [GeneratedRegex(@"^occasions\[(\d+)\]\.?(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex OccasionPath();

    [GeneratedRegex(@"^(days|participants|trainers)\[(\d+)\](?:\.(\w+))?", RegexOptions.CultureInvariant)]
    private static partial Regex ItemPath();

    private sealed record Rows(OccasionRow Occasion, DayRow[] Days, ParticipantRow[] Participants, TrainerRow[] Trainers);
}
