using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Cli.Output;
using Yrkesresan.Cli.Workbooks.Xlsx;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;
using static Yrkesresan.Cli.Workbooks.LedgerLayout;

namespace Yrkesresan.Cli.Workbooks;

/// <summary>
/// Writes a ledger as a workbook in the user's language (<c>ledger --template</c>, <c>ledger --convert</c>): an
/// instructions sheet; the four sheets of <see cref="LedgerLayout"/> with their headings frozen, dates as date
/// cells and municipalities by name; drop-down lists of the region's municipalities, its courses, the delivery
/// modes, yes and no, and the occasions' ids, and bounds on counts, amounts and dates, so that a typo cannot be
/// typed; and a hidden sheet of the lists. The template is the same workbook without occasions.
/// </summary>
internal static class LedgerWorkbookWriter
{
    private static readonly LocalDate FirstDate = new(2000, 1, 1);
    private static readonly LocalDate LastDate = new(2099, 12, 31);

    /// <summary>Writes a ledger, or an empty template.</summary>
    /// <param name="region">The region: its municipalities and courses for the lists.</param>
    /// <param name="ledger">The ledger, or null for the empty template.</param>
    /// <returns>The workbook's bytes.</returns>
    public static byte[] Write(Region region, Ledger? ledger)
    {
        ArgumentNullException.ThrowIfNull(region);
        var book = new WorkbookBuilder();
        Instructions(book.AddSheet(Text(nameof(WorkbookTexts.LedgerSheetInstructions))), region);
        SheetBuilder occasions = Sheet(book, LedgerSheet.Occasions);
        SheetBuilder days = Sheet(book, LedgerSheet.Days);
        SheetBuilder participants = Sheet(book, LedgerSheet.Participants);
        SheetBuilder trainers = Sheet(book, LedgerSheet.Trainers);
        foreach (CourseOccasion occasion in ledger?.Occasions ?? [])
        {
            occasions.Add(
                SheetCell.Of(occasion.Id),
                SheetCell.Of(occasion.CourseId),
                occasion.VenueFee is { } venue ? SheetCell.Kronor(venue.WholeKronor) : null,
                occasion.WaivesFee ? SheetCell.Of(OutputTexts.Yes) : null);
            foreach (OccasionDay day in occasion.Days)
            {
                days.Add(SheetCell.Of(occasion.Id), SheetCell.Date(day.Date), SheetCell.Of(PeopleWords.Of(day.Mode)));
            }

            foreach (ParticipantRegistration registration in occasion.Participants)
            {
                participants.Add(SheetCell.Of(occasion.Id), SheetCell.Of(region.MunicipalityWith(registration.Municipality).Name), SheetCell.Plain(registration.Count));
            }

            foreach (TrainerAssignment trainer in occasion.Trainers)
            {
                trainers.Add(
                    SheetCell.Of(occasion.Id),
                    SheetCell.Of(trainer.Municipality is { } code ? region.MunicipalityWith(code).Name : Text(nameof(WorkbookTexts.LedgerExternal))),
                    DatesTaught(trainer));
            }
        }

        Lists(book, region, occasions, days, participants, trainers);
        return book.ToBytes();
    }

    private static SheetCell? DatesTaught(TrainerAssignment trainer) => trainer.Dates switch
    {
        null => null,
        { Length: 1 } dates => SheetCell.Date(dates[0]),
        { } dates => SheetCell.Of(string.Join(", ", dates.Select(d => LocalDatePattern.Iso.Format(d)))),
    };

    private static SheetBuilder Sheet(WorkbookBuilder book, LedgerSheet kind)
    {
        SheetBuilder sheet = book.AddSheet(Name(kind));
        sheet.Add([.. HeadingKeys(kind).Select(key => SheetCell.Of(Text(key), CellStyle.Header))]);
        sheet.FrozenRows = 1;
        return sheet;
    }

    private static void Instructions(SheetBuilder sheet, Region region)
    {
        string yes = OutputTexts.Yes;
        string no = OutputTexts.No;
        string external = Text(nameof(WorkbookTexts.LedgerExternal));
        sheet.Add(SheetCell.Of(Texts(nameof(WorkbookTexts.LedgerTitle), region.Name), CellStyle.Title));
        sheet.Add();
        sheet.Merge(3, 1, 3);
        sheet.Add(SheetCell.Of(Texts(nameof(WorkbookTexts.LedgerIntro), Name(LedgerSheet.Occasions), Name(LedgerSheet.Days), Name(LedgerSheet.Participants), Name(LedgerSheet.Trainers)), CellStyle.Wrapped));
        sheet.Add();
        sheet.Add(
            SheetCell.Of(Text(nameof(WorkbookTexts.LedgerInstructionsSheet)), CellStyle.Header),
            SheetCell.Of(Text(nameof(WorkbookTexts.LedgerInstructionsColumn)), CellStyle.Header),
            SheetCell.Of(Text(nameof(WorkbookTexts.LedgerInstructionsMeaning)), CellStyle.Header));
        (LedgerSheet Sheet, string Heading, string About)[] rows =
        [
            (LedgerSheet.Occasions, nameof(WorkbookTexts.LedgerHeaderOccasion), Text(nameof(WorkbookTexts.LedgerAboutOccasionId))),
            (LedgerSheet.Occasions, nameof(WorkbookTexts.LedgerHeaderCourse), Text(nameof(WorkbookTexts.LedgerAboutCourse))),
            (LedgerSheet.Occasions, nameof(WorkbookTexts.LedgerHeaderVenue), Text(nameof(WorkbookTexts.LedgerAboutVenue))),
            (LedgerSheet.Occasions, nameof(WorkbookTexts.LedgerHeaderWaived), Texts(nameof(WorkbookTexts.LedgerAboutWaived), yes, no)),
            (LedgerSheet.Days, nameof(WorkbookTexts.LedgerHeaderOccasion), Texts(nameof(WorkbookTexts.LedgerAboutOccasion), Name(LedgerSheet.Occasions))),
            (LedgerSheet.Days, nameof(WorkbookTexts.LedgerHeaderDate), Text(nameof(WorkbookTexts.LedgerAboutDate))),
            (LedgerSheet.Days, nameof(WorkbookTexts.LedgerHeaderMode), Texts(nameof(WorkbookTexts.LedgerAboutMode), OutputTexts.DeliveryOnSite, OutputTexts.DeliveryDigital)),
            (LedgerSheet.Participants, nameof(WorkbookTexts.LedgerHeaderOccasion), Texts(nameof(WorkbookTexts.LedgerAboutOccasion), Name(LedgerSheet.Occasions))),
            (LedgerSheet.Participants, nameof(WorkbookTexts.LedgerHeaderMunicipality), Text(nameof(WorkbookTexts.LedgerAboutMunicipality))),
            (LedgerSheet.Participants, nameof(WorkbookTexts.LedgerHeaderCount), Text(nameof(WorkbookTexts.LedgerAboutCount))),
            (LedgerSheet.Trainers, nameof(WorkbookTexts.LedgerHeaderOccasion), Texts(nameof(WorkbookTexts.LedgerAboutOccasion), Name(LedgerSheet.Occasions))),
            (LedgerSheet.Trainers, nameof(WorkbookTexts.LedgerHeaderTrainerMunicipality), Texts(nameof(WorkbookTexts.LedgerAboutTrainerMunicipality), external)),
            (LedgerSheet.Trainers, nameof(WorkbookTexts.LedgerHeaderDatesTaught), Text(nameof(WorkbookTexts.LedgerAboutDatesTaught))),
        ];
        foreach ((LedgerSheet kind, string heading, string about) in rows)
        {
            sheet.Add(SheetCell.Of(Name(kind), CellStyle.Wrapped), SheetCell.Of(Text(heading), CellStyle.Wrapped), SheetCell.Of(about, CellStyle.Wrapped));
        }

        sheet.Width(1, 16);
        sheet.Width(2, 26);
        sheet.Width(3, 80);
    }

    private static void Lists(WorkbookBuilder book, Region region, SheetBuilder occasions, SheetBuilder days, SheetBuilder participants, SheetBuilder trainers)
    {
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        string[] names = [.. region.Municipalities.Select(m => m.Name).Order(StringComparer.Create(sv, ignoreCase: false))];
        string[] courses = [.. region.Catalogue.Courses.Select(c => c.Id)];
        string[] modes = [OutputTexts.DeliveryOnSite, OutputTexts.DeliveryDigital];
        string[] yesNo = [OutputTexts.Yes, OutputTexts.No];
        string external = Text(nameof(WorkbookTexts.LedgerExternal));
        string[] trainerPlaces = [.. names, external];
        string[][] columns = [names, courses, modes, yesNo, trainerPlaces];
        string[] listNames = ["Municipalities", "Courses", "Modes", "YesNo", "TrainerMunicipalities"];
        string listSheet = Text(nameof(WorkbookTexts.LedgerSheetLists));

        SheetBuilder lists = book.AddSheet(listSheet, hidden: true);
        lists.Add(
            SheetCell.Of(Text(nameof(WorkbookTexts.LedgerHeaderMunicipality)), CellStyle.Header),
            SheetCell.Of(Text(nameof(WorkbookTexts.LedgerHeaderCourse)), CellStyle.Header),
            SheetCell.Of(Text(nameof(WorkbookTexts.LedgerHeaderMode)), CellStyle.Header),
            SheetCell.Of(Text(nameof(WorkbookTexts.LedgerHeaderWaived)), CellStyle.Header),
            SheetCell.Of(Text(nameof(WorkbookTexts.LedgerHeaderTrainerMunicipality)), CellStyle.Header));
        int longest = columns.Max(c => c.Length);
        for (int i = 0; i < longest; i++)
        {
            lists.Add([.. columns.Select(c => i < c.Length ? SheetCell.Of(c[i]) : null)]);
        }

        for (int c = 0; c < columns.Length; c++)
        {
            if (columns[c].Length > 0)
            {
                string letter = CellAddress.ColumnLetters(c + 1);
                book.DefineName(listNames[c], $"{CellAddress.SheetName(listSheet)}!${letter}$2:${letter}${columns[c].Length + 1}");
            }
        }

        book.DefineName("Occasions", $"{CellAddress.SheetName(occasions.Name)}!$A${FirstDataRow}:$A${LastValidatedRow}");

        string notInList = Text(nameof(WorkbookTexts.LedgerErrorNotInList));
        string Range(int column) => $"{CellAddress.ColumnLetters(column)}{FirstDataRow}:{CellAddress.ColumnLetters(column)}{LastValidatedRow}";

        occasions.Validate(Prompt(Range(OccasionId), Text(nameof(WorkbookTexts.LedgerPromptOccasionId))));
        if (courses.Length > 0)
        {
            occasions.Validate(new Validation(Range(CourseId), ValidationKind.List, "Courses", string.Empty, Text(nameof(WorkbookTexts.LedgerPromptCourse)), Text(nameof(WorkbookTexts.LedgerErrorCourseNotInList)), Refuses: false));
        }

        occasions.Validate(WholeNumber(Range(Venue), 0, CourseOccasion.MaxVenueFeeKronor, Text(nameof(WorkbookTexts.LedgerPromptVenue))));
        occasions.Validate(new Validation(Range(Waived), ValidationKind.List, "YesNo", string.Empty, Texts(nameof(WorkbookTexts.LedgerPromptWaived), OutputTexts.Yes, OutputTexts.No), notInList));
        occasions.ColumnStyle(Venue, CellStyle.Kronor);

        foreach (SheetBuilder sheet in new[] { days, participants, trainers })
        {
            sheet.Validate(new Validation(Range(1), ValidationKind.List, "Occasions", string.Empty, Text(nameof(WorkbookTexts.LedgerPromptOccasion)), notInList));
        }

        days.Validate(new Validation(
            Range(DayDate),
            ValidationKind.Date,
            DateSerial.Of(FirstDate).ToString(CultureInfo.InvariantCulture),
            DateSerial.Of(LastDate).ToString(CultureInfo.InvariantCulture),
            Text(nameof(WorkbookTexts.LedgerPromptDate)),
            Texts(nameof(WorkbookTexts.LedgerErrorDate), Iso(FirstDate), Iso(LastDate))));
        days.ColumnStyle(DayDate, CellStyle.Date);
        days.Validate(new Validation(Range(DayMode), ValidationKind.List, "Modes", string.Empty, Texts(nameof(WorkbookTexts.LedgerPromptMode), OutputTexts.DeliveryOnSite, OutputTexts.DeliveryDigital), notInList));
        if (names.Length > 0)
        {
            participants.Validate(new Validation(Range(ParticipantMunicipality), ValidationKind.List, "Municipalities", string.Empty, Text(nameof(WorkbookTexts.LedgerPromptMunicipality)), notInList));
        }

        participants.Validate(WholeNumber(Range(ParticipantCount), 1, CourseOccasion.MaxParticipants, Text(nameof(WorkbookTexts.LedgerPromptCount))));
        trainers.Validate(new Validation(Range(TrainerMunicipality), ValidationKind.List, "TrainerMunicipalities", string.Empty, Texts(nameof(WorkbookTexts.LedgerPromptTrainerMunicipality), external), notInList));
        trainers.Validate(Prompt(Range(TrainerDates), Text(nameof(WorkbookTexts.LedgerPromptDatesTaught))));
        trainers.ColumnStyle(TrainerDates, CellStyle.Date);

        // Room for the longest value a column's list offers, not only for what is written.
        occasions.Width(OccasionId, 24);
        occasions.Width(CourseId, Width(courses, Text(nameof(WorkbookTexts.LedgerHeaderCourse))));
        occasions.Width(Venue, Width([], Text(nameof(WorkbookTexts.LedgerHeaderVenue))));
        occasions.Width(Waived, Width(yesNo, Text(nameof(WorkbookTexts.LedgerHeaderWaived))));
        days.Width(DayOccasion, 24);
        days.Width(DayDate, Width(["yyyy-mm-dd"], Text(nameof(WorkbookTexts.LedgerHeaderDate))));
        days.Width(DayMode, Width(modes, Text(nameof(WorkbookTexts.LedgerHeaderMode))));
        participants.Width(ParticipantOccasion, 24);
        participants.Width(ParticipantMunicipality, Width(names, Text(nameof(WorkbookTexts.LedgerHeaderMunicipality))));
        participants.Width(ParticipantCount, Width([], Text(nameof(WorkbookTexts.LedgerHeaderCount))));
        trainers.Width(TrainerOccasion, 24);
        trainers.Width(TrainerMunicipality, Width(trainerPlaces, Text(nameof(WorkbookTexts.LedgerHeaderTrainerMunicipality))));
        trainers.Width(TrainerDates, Width(["yyyy-mm-dd, yyyy-mm-dd"], Text(nameof(WorkbookTexts.LedgerHeaderDatesTaught))));
        for (int c = 1; c <= columns.Length; c++)
        {
            lists.Width(c, Width(columns[c - 1], "Xxxxxxxxxxxxxxxxxx"));
        }
    }

    private static Validation Prompt(string range, string prompt) => new(range, ValidationKind.Prompt, string.Empty, string.Empty, prompt, string.Empty);

    private static Validation WholeNumber(string range, long min, long max, string prompt) => new(
        range,
        ValidationKind.WholeNumber,
        min.ToString(CultureInfo.InvariantCulture),
        max.ToString(CultureInfo.InvariantCulture),
        prompt,
        Texts(nameof(WorkbookTexts.LedgerErrorWholeNumber), min, max));

    private static double Width(IEnumerable<string> values, string heading) =>
        Math.Min(60, Math.Max(heading.Length * 1.1, values.Select(v => v.Length).DefaultIfEmpty(0).Max()) + 4);

    private static string Texts(string key, params object?[] values) => Language.Texts.Format(Text(key), values);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
