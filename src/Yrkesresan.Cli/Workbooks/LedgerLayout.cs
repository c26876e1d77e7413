using System.Globalization;
using Yrkesresan.Cli.Output;
using Yrkesresan.Domain.Courses;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// The layout of a ledger workbook (<c>docs/ledger-file.md</c>): its sheets, their columns, and the words its cells
/// take. A workbook is written in the user's language and read in either: every sheet name, heading and word is a
/// text of <c>WorkbookTexts</c> (or <c>OutputTexts</c>) in English and Swedish.
/// </summary>
internal static class LedgerLayout
{
    /// <summary>The first row of data; row 1 holds the headings.</summary>
    public const int FirstDataRow = 2;

    /// <summary>The last row the drop-down lists and checks of the template reach.</summary>
    public const int LastValidatedRow = 2000;

    /// <summary>The columns of <see cref="LedgerSheet.Occasions"/>.</summary>
    public const int OccasionId = 1, CourseId = 2, Venue = 3, Waived = 4;

    /// <summary>The columns of <see cref="LedgerSheet.Days"/>.</summary>
    public const int DayOccasion = 1, DayDate = 2, DayMode = 3;

    /// <summary>The columns of <see cref="LedgerSheet.Participants"/>.</summary>
    public const int ParticipantOccasion = 1, ParticipantMunicipality = 2, ParticipantCount = 3;

    /// <summary>The columns of <see cref="LedgerSheet.Trainers"/>.</summary>
    public const int TrainerOccasion = 1, TrainerMunicipality = 2, TrainerDates = 3;

    /// <summary>The two languages a workbook is read in: English (the neutral resources) and Swedish.</summary>
    public static readonly CultureInfo[] Languages = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("sv")];

    /// <summary>Every sheet, in order.</summary>
    public static readonly LedgerSheet[] Sheets = [LedgerSheet.Occasions, LedgerSheet.Days, LedgerSheet.Participants, LedgerSheet.Trainers];

    /// <summary>The key of a sheet's name.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The key in <c>WorkbookTexts</c>.</returns>
    public static string NameKey(LedgerSheet sheet) => sheet switch
    {
        LedgerSheet.Occasions => nameof(WorkbookTexts.LedgerSheetOccasions),
        LedgerSheet.Days => nameof(WorkbookTexts.LedgerSheetDays),
        LedgerSheet.Participants => nameof(WorkbookTexts.LedgerSheetParticipants),
        _ => nameof(WorkbookTexts.LedgerSheetTrainers),
    };

    /// <summary>The keys of a sheet's headings, in the order of its columns.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The keys in <c>WorkbookTexts</c>.</returns>
    public static string[] HeadingKeys(LedgerSheet sheet) => sheet switch
    {
        LedgerSheet.Occasions => [nameof(WorkbookTexts.LedgerHeaderOccasion), nameof(WorkbookTexts.LedgerHeaderCourse), nameof(WorkbookTexts.LedgerHeaderVenue), nameof(WorkbookTexts.LedgerHeaderWaived)],
        LedgerSheet.Days => [nameof(WorkbookTexts.LedgerHeaderOccasion), nameof(WorkbookTexts.LedgerHeaderDate), nameof(WorkbookTexts.LedgerHeaderMode)],
        LedgerSheet.Participants => [nameof(WorkbookTexts.LedgerHeaderOccasion), nameof(WorkbookTexts.LedgerHeaderMunicipality), nameof(WorkbookTexts.LedgerHeaderCount)],
        _ => [nameof(WorkbookTexts.LedgerHeaderOccasion), nameof(WorkbookTexts.LedgerHeaderTrainerMunicipality), nameof(WorkbookTexts.LedgerHeaderDatesTaught)],
    };

    /// <summary>A text of the workbook in the current UI culture.</summary>
    /// <param name="key">The key in <c>WorkbookTexts</c>.</param>
    /// <returns>The text.</returns>
    public static string Text(string key) => In(key, CultureInfo.CurrentUICulture);

    /// <summary>A text of the workbook in a language.</summary>
    /// <param name="key">The key in <c>WorkbookTexts</c>.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The text.</returns>
    public static string In(string key, CultureInfo culture) =>
        WorkbookTexts.ResourceManager.GetString(key, culture) ?? throw new InvalidOperationException($"No text {key}.");

    /// <summary>A sheet's name in the current language.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The name, e.g. <c>Deltagare</c>.</returns>
    public static string Name(LedgerSheet sheet) => Text(NameKey(sheet));

    /// <summary>A sheet's name in the other language than the current one.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <returns>The name, e.g. <c>Participants</c> for a Swedish user.</returns>
    public static string OtherName(LedgerSheet sheet) => In(NameKey(sheet), Other);

    /// <summary>The language other than the current one.</summary>
    public static CultureInfo Other => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv" ? Languages[0] : Languages[1];

    /// <summary>The words read as a delivery mode, in both languages, with the mode's code.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The words.</returns>
    public static IEnumerable<string> WordsFor(DeliveryMode mode)
    {
        string key = mode == DeliveryMode.OnSite ? nameof(OutputTexts.DeliveryOnSite) : nameof(OutputTexts.DeliveryDigital);
        return Languages.Select(l => OutputTexts.ResourceManager.GetString(key, l)!).Append(mode.Code);
    }

    /// <summary>The words read as yes (true) or no (false), in both languages.</summary>
    /// <param name="yes">Whether the words for yes.</param>
    /// <returns>The words.</returns>
    public static IEnumerable<string> YesNoWords(bool yes) =>
        Languages.Select(l => OutputTexts.ResourceManager.GetString(yes ? nameof(OutputTexts.Yes) : nameof(OutputTexts.No), l)!)
            .Concat(yes ? ["true", "sant"] : ["false", "falskt"]);

    /// <summary>The words read as an external trainer, in both languages.</summary>
    public static IEnumerable<string> ExternalWords =>
        Languages.SelectMany(l => new[] { In(nameof(WorkbookTexts.LedgerExternal), l), In(nameof(WorkbookTexts.LedgerExternalTrainer), l) });
}
