using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// What <c>yrkesresan check</c> does: read the ledger against the region (rules <c>COURSE-3</c>,
/// <c>COURSE-6</c>, <c>COURSE-7</c>) and print a short summary of it, or every problem.
/// </summary>
internal static class CheckAction
{
    private const string HelpCommand = UsageError.ToolName + " " + CheckCommand.Name;

    /// <summary>Runs the command.</summary>
    /// <param name="ledgerPath">The <c>--ledger</c> file.</param>
    /// <param name="regionPath">The <c>--region</c> file, or null for Norrbotten.</param>
    /// <param name="output">Where the summary goes.</param>
    /// <param name="error">Where problems and notices go.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static int Run(string ledgerPath, string? regionPath, TextWriter output, TextWriter error)
    {
        if (!LedgerInput.TryRead(regionPath, ledgerPath, error, HelpCommand, out LedgerFileResult file, out int exitCode))
        {
            return exitCode;
        }

        Ledger ledger = file.Ledger;
        output.WriteLine($"{ledgerPath}: a valid ledger for {ledger.Region.Name}");
        output.WriteLine($"  occasions:          {N(ledger.Occasions.Length)}");
        if (ledger.Occasions.IsEmpty)
        {
            return ExitCodes.Success;
        }

        OccasionDay[] days = [.. ledger.Occasions.SelectMany(o => o.Days)];
        LocalDate first = days.Min(d => d.Date);
        LocalDate last = days.Max(d => d.Date);
        int onSite = days.Count(d => d.Mode == DeliveryMode.OnSite);
        output.WriteLine($"  course days:        {N(days.Length)} ({N(onSite)} on site, {N(days.Length - onSite)} digital), {Iso(first)} to {Iso(last)}");
        output.WriteLine($"  years:              {string.Join(", ", ledger.Years.Select(y => $"{N(y)} ({Days(days.Count(d => d.Date.Year == y))})"))}");
        long participantDays = ledger.Occasions.Sum(o => (long)o.Days.Length * o.Participants.Sum(p => (long)p.Count));
        output.WriteLine($"  participant days:   {N(participantDays)}");
        int trainers = ledger.Occasions.Sum(o => o.Trainers.Length);
        int external = ledger.Occasions.Sum(o => o.Trainers.Count(t => t.IsExternal));
        long trainerDays = ledger.Occasions.Sum(o => o.Trainers.Where(t => !t.IsExternal).Sum(t => (long)o.DatesTaughtBy(t).Length));
        output.WriteLine($"  trainers:           {N(trainers)} ({N(external)} external), {Plural(trainerDays, "municipal trainer day")}");
        int waived = ledger.Occasions.Count(o => o.WaivesFee);
        int ownVenue = ledger.Occasions.Count(o => o.VenueFee is not null);
        output.WriteLine($"  waived fees:        {N(waived)}; own venue amounts: {N(ownVenue)}");
        if (!ledger.Notices.IsEmpty)
        {
            output.WriteLine($"  notices:            {N(ledger.Notices.Length)} (on standard error)");
        }

        return ExitCodes.Success;
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Plural(long n, string what) => n == 1 ? $"1 {what}" : $"{N(n)} {what}s";

    private static string Days(int n) => n == 1 ? "1 day" : $"{N(n)} days";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
