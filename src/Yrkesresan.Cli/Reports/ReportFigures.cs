using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Reporting;

namespace Yrkesresan.Cli.Reports;

/// <summary>
/// How the report writes the library's figures, the same in HTML and Markdown: whole numbers and kronor in
/// Swedish format in both languages ("2 697", "950 000 kr"), dates as <c>2023-02-07</c>, shares as the
/// library's percentage rounded down with the exact fraction ("88,3 % (53/60)"). Nothing is computed here.
/// </summary>
internal static class ReportFigures
{
    /// <summary>A count: <c>2 697</c>.</summary>
    public static string Number(long value) => SwedishNumberFormat.FormatInteger(value);

    /// <summary>An amount: <c>950 000 kr</c>.</summary>
    public static string Kronor(Sek amount) => amount.ToString();

    /// <summary>A date: <c>2023-02-07</c>.</summary>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A year: <c>2023</c>.</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share as a cell: the percentage (rounded down, the language's decimal mark), <c>88,3 %</c>, with the exact fraction, <c>53/60</c>, as its detail; a dash when there is none.</summary>
    public static ReportCell Share(ExactShare? share, ReportTone tone = ReportTone.Plain) =>
        share is { } s ? new ReportCell($"{s.FormatPercent()} %", tone, Detail: s.ToString()) : new ReportCell(ReportTexts.ReportNoFigure);

    /// <summary>A goal's status in words.</summary>
    public static string Status(GoalStatus status) =>
        status == GoalStatus.Met ? ReportTexts.ReportStatusMet
        : status == GoalStatus.NotMet ? ReportTexts.ReportStatusNotMet
        : ReportTexts.ReportStatusNotEvaluable;

    /// <summary>How a status reads.</summary>
    public static ReportTone Tone(GoalStatus status) =>
        status == GoalStatus.Met ? ReportTone.Met
        : status == GoalStatus.NotMet ? ReportTone.NotMet
        : ReportTone.NotEvaluable;

    /// <summary>A goal's interval as a cell, <c>49,0–94,4 %</c>, with its verdict as the detail, <c>för få svar</c>; a dash with the verdict without an interval (nothing counted); a dash for a ledger goal.</summary>
    public static ReportCell Interval(ReportGoal goal) => goal.Verdict switch
    {
        null => new ReportCell(ReportTexts.ReportNoFigure),
        { } verdict when goal.Interval is { } interval => new ReportCell(interval.ToString(), Detail: Verdict(verdict)),
        { } verdict => new ReportCell(ReportTexts.ReportNoFigure, Detail: Verdict(verdict)),
    };

    /// <summary>The municipalities' names, in the order given, comma separated.</summary>
    public static string Names(IEnumerable<Municipality> municipalities) => string.Join(", ", municipalities.Select(m => m.Name));

    /// <summary>The language code of the report, for <c>lang</c>: <c>sv</c> or <c>en</c>.</summary>
    public static string LanguageCode =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv" ? "sv" : "en";

    private static string Verdict(IntervalVerdict verdict) =>
        verdict == IntervalVerdict.Above ? ReportTexts.ReportVerdictAbove
        : verdict == IntervalVerdict.Below ? ReportTexts.ReportVerdictBelow
        : ReportTexts.ReportVerdictTooFewAnswers;
}
