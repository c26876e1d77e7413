using System.Text.Json;
using NodaTime;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Regions.Files;

namespace Yrkesresan.Domain.Courses.Occasions;

/// <summary>
/// Reads a ledger file (<c>docs/ledger-file.md</c>) into a <see cref="Ledger"/> of a region. Every
/// field is checked for its type here; the rules are the domain types' own (<see cref="CourseOccasion"/>
/// for an occasion's own rules, <see cref="Ledger"/> for the region's), run on whatever parts could be
/// read, so that every problem of the file is found in one pass and none is a knock-on of another.
/// </summary>
internal sealed class LedgerFileReader
{
    private readonly ReadContext context;
    private readonly Region region;
    private readonly List<DataFileProblem> notices = [];
    private readonly List<DataProblem> ledgerNotices = [];

    private LedgerFileReader(ReadContext context, Region region)
    {
        this.context = context;
        this.region = region;
    }

    /// <summary>Reads a ledger file.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="file">The file's name, for problems.</param>
    /// <param name="region">The region the ledger is checked against.</param>
    /// <returns>The ledger, or every problem.</returns>
    public static LedgerFileResult Read(ReadOnlySpan<byte> utf8, string file, Region region)
    {
        if (!JsonFile.TryOpen(utf8, file, OccasionTexts.ALedgerFile, out JsonDocument? document, out ReadContext? context, out DataFileProblem? problem))
        {
            return LedgerFileResult.Invalid([problem]);
        }

        using (document)
        {
            return new LedgerFileReader(context, region).ReadLedger(document.RootElement);
        }
    }

    private LedgerFileResult ReadLedger(JsonElement root)
    {
        const string path = JsonPath.Root;
        var occasions = new List<CourseOccasion>();
        if (context.Object(root, path, OccasionTexts.ALedgerFile, ["occasions"], ["$schema"]))
        {
            if (ReadContext.Field(root, "$schema", out JsonElement schema))
            {
                context.AnyText(schema, JsonPath.Property(path, "$schema"));
            }

            string listPath = JsonPath.Property(path, "occasions");
            if (ReadContext.Field(root, "occasions", out JsonElement list) && context.List(list, listPath, 0, OccasionTexts.CourseOccasionsList))
            {
                var ids = new Dictionary<string, int>(StringComparer.Ordinal);
                int index = 0;
                foreach (JsonElement item in list.EnumerateArray())
                {
                    if (ReadOccasion(item, JsonPath.Item(listPath, index), index, ids) is { } occasion)
                    {
                        occasions.Add(occasion);
                    }

                    index++;
                }
            }
        }

        if (context.Count > 0)
        {
            return LedgerFileResult.Invalid(context.Problems.OrderBy(p => p.Line ?? int.MaxValue));
        }

        // Every rule of the ledger has been checked on the parts above, so the ledger is not checked again.
        return LedgerFileResult.Valid(new Ledger(region, [.. occasions], [.. ledgerNotices]), notices);
    }

    private CourseOccasion? ReadOccasion(JsonElement item, string path, int index, Dictionary<string, int> ids)
    {
        int before = context.Count;
        if (!context.Object(item, path, OccasionTexts.ACourseOccasion, ["id", "course", "days", "participants", "trainers"], ["venue_fee_sek", "waive_fee"]))
        {
            return null;
        }

        string? id = ReadContext.ReadField(item, path, "id", context.Text);
        string? course = ReadContext.ReadField(item, path, "course", context.Text);
        long? venue = ReadContext.ReadValue(item, path, "venue_fee_sek", (v, p) => context.Integer(v, p, 0, CourseOccasion.MaxVenueFeeKronor));
        bool? waive = ReadContext.ReadValue(item, path, "waive_fee", context.Boolean);
        List<OccasionDay?> days = ReadList(item, path, "days", 1, OccasionTexts.CourseDaysList, ReadDay);
        List<(MunicipalityCode? Code, ParticipantRegistration? Registration)> participants = ReadList(item, path, "participants", 0, OccasionTexts.RegistrationsList, ReadRegistration);
        List<(bool CodeRead, MunicipalityCode? Code, TrainerAssignment? Trainer)> trainers = ReadList(item, path, "trainers", 0, OccasionTexts.TrainersList, ReadTrainer);

        Sek? venueFee = venue is long kronor ? Sek.FromKronor(kronor) : null;
        var problems = new List<DataProblem>();
        var found = new List<DataProblem>();
        var courseNotices = new List<DataProblem>();
        Ledger.CheckId(id, index, ids, problems);
        CourseOccasionValidator.Check(id, course, days, [.. participants.Select(p => p.Registration)], [.. trainers.Select(t => t.Trainer)], venueFee, found, nullsAreReported: true);
        Ledger.CheckAgainst(
            region,
            course,
            days,
            [.. participants.Select(p => p.Code)],
            [.. trainers.Select(t => t.CodeRead ? new Ledger.Trainer(t.Code) : null)],
            found,
            courseNotices);
        context.ReportDomainProblems(problems, string.Empty);
        context.ReportDomainProblems(found, path[2..]);
        foreach (DataProblem notice in courseNotices)
        {
            ledgerNotices.Add(notice.Under(path[2..]));
            string at = JsonPath.Root + "." + notice.Under(path[2..]).Path;
            notices.Add(new DataFileProblem(context.File, context.LineOf(at), at, notice.Code, notice.Message));
        }

        if (context.Count > before)
        {
            return null;
        }

        return new CourseOccasion(id!, course!, days!, participants.Select(p => p.Registration!), trainers.Select(t => t.Trainer!), venueFee, waive ?? false, alreadyChecked: true);
    }

    private OccasionDay? ReadDay(JsonElement item, string path)
    {
        if (!context.Object(item, path, OccasionTexts.ACourseDay, ["date", "mode"], []))
        {
            return null;
        }

        LocalDate? date = ReadContext.ReadValue(item, path, "date", context.Date);
        DeliveryMode? mode = ReadContext.ReadField(item, path, "mode", (v, p) => context.Coded<DeliveryMode>(v, p, OccasionTexts.DeliveryModeName));
        // A day whose date is readable but whose mode is not still takes part in the order and calendar checks.
        return date is { } day ? new OccasionDay(day, mode!) : null;
    }

    private (MunicipalityCode?, ParticipantRegistration?) ReadRegistration(JsonElement item, string path)
    {
        if (!context.Object(item, path, OccasionTexts.ARegistration, ["municipality", "count"], []))
        {
            return (null, null);
        }

        MunicipalityCode? code = ReadContext.ReadValue(item, path, "municipality", context.Code);
        long? count = ReadContext.ReadValue(item, path, "count", (v, p) => context.Integer(v, p, int.MinValue, CourseOccasion.MaxParticipants));
        return (code, code is { } known && count is long n ? new ParticipantRegistration(known, (int)n) : null);
    }

    private (bool, MunicipalityCode?, TrainerAssignment?) ReadTrainer(JsonElement item, string path)
    {
        if (!context.Object(item, path, OccasionTexts.ATrainer, ["municipality"], ["dates"]))
        {
            return (false, null, null);
        }

        MunicipalityCode? code = null;
        bool codeRead = ReadContext.Field(item, "municipality", out JsonElement value)
            && (value.ValueKind == JsonValueKind.Null || (code = ReadTrainerCode(value, JsonPath.Property(path, "municipality"))) is not null);
        List<LocalDate>? dates = null;
        bool datesRead = true;
        if (ReadContext.Field(item, "dates", out JsonElement list))
        {
            string listPath = JsonPath.Property(path, "dates");
            datesRead = context.List(list, listPath, 0, OccasionTexts.TrainerDatesList);
            if (datesRead)
            {
                dates = [];
                int index = 0;
                foreach (JsonElement date in list.EnumerateArray())
                {
                    if (context.Date(date, JsonPath.Item(listPath, index)) is { } read)
                    {
                        dates.Add(read);
                    }
                    else
                    {
                        datesRead = false;
                    }

                    index++;
                }
            }
        }

        // The trainer's dates are checked against the occasion's days even when the municipality is unreadable,
        // and the municipality against the region's even when a date is unreadable.
        return (codeRead, code, datesRead ? new TrainerAssignment(code, dates) : null);
    }

    /// <summary>
    /// Reads a trainer's municipality code; a word in its place (<c>"extern"</c>, <c>"external"</c>,
    /// <c>"extern utbildare"</c>: letters, and not the name of one of the region's municipalities) is taken
    /// for an external trainer, and the problem says to write <c>"municipality": null</c> (rule <c>POT-3</c>).
    /// </summary>
    private MunicipalityCode? ReadTrainerCode(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String && value.GetString() is { } text && IsAWordForExternal(text))
        {
            context.Report(path, OccasionText.Of(nameof(OccasionTexts.ExternalTrainerWrittenAsWord), text));
            return null;
        }

        return context.Code(value, path);
    }

    private bool IsAWordForExternal(string text) =>
        text.Any(char.IsLetter)
        && !region.Municipalities.Any(m => string.Equals(m.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));

    private List<T> ReadList<T>(JsonElement parent, string parentPath, string name, int minItems, string what, Func<JsonElement, string, T> read)
    {
        var result = new List<T>();
        string listPath = JsonPath.Property(parentPath, name);
        if (ReadContext.Field(parent, name, out JsonElement list) && context.List(list, listPath, minItems, what))
        {
            int index = 0;
            foreach (JsonElement item in list.EnumerateArray())
            {
                result.Add(read(item, JsonPath.Item(listPath, index)));
                index++;
            }
        }

        return result;
    }
}
