using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Cli.Language;
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
        if (!LedgerInput.TryRead(regionPath, ledgerPath, error, HelpCommand, out Ledger ledger, out int exitCode))
        {
            return exitCode;
        }

        output.WriteLine(Texts.Format(CommandTexts.CheckTitle, ledgerPath, ledger.Region.Name));
        var summary = new Summary(output);
        summary.Line(CommandTexts.CheckOccasions, N(ledger.Occasions.Length));
        if (ledger.Occasions.IsEmpty)
        {
            return ExitCodes.Success;
        }

        OccasionDay[] days = [.. ledger.Occasions.SelectMany(o => o.Days)];
        LocalDate first = days.Min(d => d.Date);
        LocalDate last = days.Max(d => d.Date);
        int onSite = days.Count(d => d.Mode == DeliveryMode.OnSite);
        summary.Line(CommandTexts.CheckCourseDays, Texts.Format(CommandTexts.CheckCourseDaysValue, N(days.Length), N(onSite), N(days.Length - onSite), Iso(first), Iso(last)));
        summary.Line(CommandTexts.CheckYears, string.Join(", ", ledger.Years.Select(y => $"{N(y)} ({Days(days.Count(d => d.Date.Year == y))})")));
        long participantDays = ledger.Occasions.Sum(o => (long)o.Days.Length * o.Participants.Sum(p => (long)p.Count));
        summary.Line(CommandTexts.CheckParticipantDays, N(participantDays));
        int trainers = ledger.Occasions.Sum(o => o.Trainers.Length);
        int external = ledger.Occasions.Sum(o => o.Trainers.Count(t => t.IsExternal));
        long trainerDays = ledger.Occasions.Sum(o => o.Trainers.Where(t => !t.IsExternal).Sum(t => (long)o.DatesTaughtBy(t).Length));
        string municipalDays = trainerDays == 1 ? CommandTexts.CheckMunicipalTrainerDay : Texts.Format(CommandTexts.CheckMunicipalTrainerDays, N(trainerDays));
        string externals = external == 1 ? CommandTexts.CheckExternal : Texts.Format(CommandTexts.CheckExternals, N(external));
        summary.Line(CommandTexts.CheckTrainers, $"{N(trainers)} ({externals}), {municipalDays}");
        int waived = ledger.Occasions.Count(o => o.WaivesFee);
        int ownVenue = ledger.Occasions.Count(o => o.VenueFee is not null);
        summary.Line(CommandTexts.CheckWaivedFees, Texts.Format(CommandTexts.CheckWaivedFeesValue, N(waived), N(ownVenue)));
        if (!ledger.Notices.IsEmpty)
        {
            summary.Line(CommandTexts.CheckNotices, Texts.Format(CommandTexts.CheckNoticesValue, N(ledger.Notices.Length)));
        }

        return ExitCodes.Success;
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Days(int n) => n == 1 ? CommandTexts.CheckDay : Texts.Format(CommandTexts.CheckDays, N(n));

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// The lines of the summary: a label and its value, the values aligned three spaces after the longest label of the
    /// current language ("  participant days:   63").
    /// </summary>
    private sealed class Summary(TextWriter output)
    {
        private readonly int width = new[]
        {
            CommandTexts.CheckOccasions, CommandTexts.CheckCourseDays, CommandTexts.CheckYears, CommandTexts.CheckParticipantDays,
            CommandTexts.CheckTrainers, CommandTexts.CheckWaivedFees, CommandTexts.CheckNotices,
        }.Max(label => label.Length) + 4;

        public void Line(string label, string value) => output.WriteLine($"  {(label + ":").PadRight(width)}{value}");
    }
}
