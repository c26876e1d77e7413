using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Specification.Support;

/// <summary>
/// The course occasions a scenario writes, made into <see cref="CourseOccasion"/>s and a
/// <see cref="Yrkesresan.Domain.Courses.Occasions.Ledger"/> of the scenario's region when first asked for.
/// </summary>
public sealed class LedgerContext(RegionContext regions)
{
    private readonly List<Draft> drafts = [];
    private Ledger? ledger;

    /// <summary>Whether the scenario wrote any course occasion.</summary>
    public bool HasOccasions => drafts.Count > 0;

    /// <summary>The occasion written last.</summary>
    public Draft Last => drafts.Count > 0 ? drafts[^1] : throw new InvalidOperationException("No course occasion has been written.");

    /// <summary>The ledger of every occasion written, in the scenario's region.</summary>
    public Ledger Ledger => ledger ??= new Ledger(regions.Region, drafts.Select(Make));

    /// <summary>Starts an occasion: its id, its course and its days, e.g. <c>2023-10-10 på plats och 2023-10-11 digitalt</c>.</summary>
    public Draft Add(string id, string course, string days)
    {
        var draft = new Draft(id, course, [.. Swedish.List(days).Select(Day)]);
        drafts.Add(draft);
        ledger = null;
        return draft;
    }

    /// <summary>Makes the occasion a draft describes; the library checks it.</summary>
    public static CourseOccasion Make(Draft draft) =>
        new(draft.Id, draft.Course, draft.Days, draft.Participants, draft.Trainers, draft.VenueFee, draft.WaivesFee);

    /// <summary>The registrations <c>Luleå 4, Boden 3 och Piteå 2</c>; a municipality may be named twice.</summary>
    public IEnumerable<ParticipantRegistration> Participants(string text) =>
        Swedish.List(text).Select(item =>
        {
            int space = item.LastIndexOf(' ');
            return new ParticipantRegistration(regions.CodeOf(item[..space]), (int)Swedish.Integer(item[(space + 1)..]));
        });

    /// <summary>The trainers <c>Luleå, Piteå (2023-10-10) och en extern utbildare (2023-10-11)</c>.</summary>
    public IEnumerable<TrainerAssignment> Trainers(string text) =>
        Swedish.ListWithParentheses(text).Select(t =>
        {
            MunicipalityCode? municipality = t.Item.Contains("extern", StringComparison.Ordinal) ? null : regions.CodeOf(t.Item);
            return new TrainerAssignment(municipality, t.Inside is null ? null : Swedish.List(t.Inside).Select(Swedish.Date));
        });

    /// <summary>Forgets the ledger made so far, after a draft changed.</summary>
    public void Changed() => ledger = null;

    private static OccasionDay Day(string text)
    {
        string[] parts = text.Split(' ', 2);
        DeliveryMode mode = parts.Length == 1 || parts[1] == "på plats" ? DeliveryMode.OnSite
            : parts[1] == "digitalt" ? DeliveryMode.Digital
            : throw new FormatException($"'{text}': a course day is on site ('på plats') or 'digitalt'");
        return new OccasionDay(Swedish.Date(parts[0]), mode);
    }

    /// <summary>An occasion as the scenario writes it, not yet checked by the library.</summary>
    public sealed class Draft(string id, string course, IReadOnlyList<OccasionDay> days)
    {
        public string Id { get; } = id;

        public string Course { get; } = course;

        public IReadOnlyList<OccasionDay> Days { get; } = days;

        public List<ParticipantRegistration> Participants { get; } = [];

        public List<TrainerAssignment> Trainers { get; } = [];

        public Sek? VenueFee { get; set; }

        public bool WaivesFee { get; set; }
    }
}
