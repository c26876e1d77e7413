using NodaTime;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// A staff list's decisions as a workbook (<c>steps --format xlsx</c>): one row per person in the order of the staff
/// file, with the step (or not eligible), the completed years, the next step and the date it begins, whether the
/// step is open in the region and the date it opens, and the reason codes; dates as date cells.
/// </summary>
internal static class StaffWorkbook
{
    /// <summary>The rules the decisions follow.</summary>
    public const string Rules = "STEP-1–STEP-8";

    /// <summary>Writes the decisions.</summary>
    /// <param name="regionName">The region whose policy decided.</param>
    /// <param name="asOf">The day of the decisions.</param>
    /// <param name="decisions">The decisions, in the order of the staff file.</param>
    /// <returns>The workbook's bytes.</returns>
    public static byte[] Write(string regionName, LocalDate asOf, IReadOnlyList<StaffDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        int eligible = decisions.Count(d => d.Decision.IsEligible);
        string people = decisions.Count == 1 ? OutputTexts.StaffOnePerson : Texts.Format(OutputTexts.StaffPeople, decisions.Count);
        var book = new WorkbookBuilder();
        ResultSheet table = ResultSheet.Start(
            book,
            Texts.Format(WorkbookTexts.WorkbookSheetSteps, IsoDate.Format(asOf)),
            Texts.Format(OutputTexts.StaffHeading, regionName, IsoDate.Format(asOf), people, eligible),
            Rules,
            OutputTexts.ColumnId,
            WorkbookTexts.WorkbookColumnEligible,
            OutputTexts.ColumnStep,
            OutputTexts.ColumnYears,
            OutputTexts.ColumnNextStep,
            WorkbookTexts.WorkbookColumnNextStepFrom,
            OutputTexts.ColumnOpenInRegion,
            WorkbookTexts.WorkbookColumnStepOpens,
            OutputTexts.ColumnReasons);
        foreach ((string id, EligibilityDecision decision) in decisions)
        {
            table.Line(
                SheetCell.Of(id),
                SheetCell.Of(decision.IsEligible ? OutputTexts.Yes : OutputTexts.No),
                SheetCell.Of(decision.Step?.DisplayName ?? OutputTexts.NotEligible),
                SheetCell.Integer(decision.CompletedYears),
                decision.NextStep is { } next ? SheetCell.Of(next.DisplayName) : null,
                decision.NextStepDate is { } from ? SheetCell.Date(from) : null,
                decision.IsEligible ? SheetCell.Of(decision.IsOpenInRegion ? OutputTexts.Yes : OutputTexts.No) : null,
                decision.StepOpening is { } opens ? SheetCell.Date(opens) : null,
                SheetCell.Of(string.Join("; ", decision.Reasons.Select(r => r.Code.Code))));
        }

        return book.ToBytes();
    }
}
