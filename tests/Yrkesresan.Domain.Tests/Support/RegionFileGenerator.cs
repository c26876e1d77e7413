using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Text;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>
/// Random valid region files (<c>docs/region-file.md</c>) as text: 1 to 20 official municipalities with
/// populations and dates up to their limits, a stated total or none, fixed costs and memberships of
/// several years, each rounding policy, several fee schedules and eligibility policies, and a catalogue
/// of 0 to 6 courses with tasks and routes (a Ny route only with the course days it may have), and
/// sometimes follow-up plans of survey and ledger goals. Every optional field is sometimes left out.
/// </summary>
internal static class RegionFileGenerator
{
    private static readonly string[] Steps = ["Ny", "Van", "Erfaren", "ArbetsledareOchChef"];

    /// <summary>A valid region file.</summary>
    public static Gen<string> Files =>
        from municipalities in Municipalities
        from statesTotal in Gen.Elements(true, false)
        from header in Gen.Elements(true, false)
        from fixedCosts in Yearly(Amount(1_000_000_000_000))
        from memberships in Gen.Frequency((1, Gen.Constant(Field.Absent)), (2, Memberships(municipalities).Select(m => Field.Of(m))))
        from rounding in Rounding(municipalities[0].Code)
        from fees in Distinct(Date, FeeSchedule)
        from eligibility in Distinct(Date, Eligibility)
        from courses in Courses
        from routes in Routes(courses)
        from followUp in Gen.Frequency((1, Gen.Constant(Field.Absent)), (2, FollowUp.Select(f => Field.Of(f))))
        select With(Write(municipalities, statesTotal, header, fixedCosts, memberships, rounding, fees, eligibility, courses, routes), followUp);

    private static Gen<LocalDate> Date =>
        Gen.Frequency(
            (6, from year in Gen.Choose(1900, 9999) from day in Gen.Choose(0, 364) select new LocalDate(year, 1, 1).PlusDays(day)),
            (1, Gen.Elements(new LocalDate(1900, 1, 1), new LocalDate(9999, 12, 31), new LocalDate(2024, 2, 29))));

    private static Gen<JsonNode?> DateOrNull => Gen.Frequency((1, Gen.Constant<JsonNode?>(null)), (3, Date.Select(d => (JsonNode?)Iso(d))));

    /// <summary>A field that is left out, or given as a date or null.</summary>
    private static Gen<Field> OptionalDateOrNull => Gen.Frequency((1, Gen.Constant(Field.Absent)), (2, DateOrNull.Select(Field.Of)));

    /// <summary>1 to 20 official municipalities (decision 0026: a region file's codes and names are Statistics Sweden's), the lowest and highest codes now and then, with any population.</summary>
    private static Gen<(string Code, long Population, JsonObject Item)[]> Municipalities =>
        from count in Gen.Choose(1, 20)
        from picked in Gen.ArrayOf(Gen.Frequency((8, Gen.Elements(OfficialMunicipalities.All.AsEnumerable())), (1, Gen.Elements(OfficialMunicipalities.All[0], OfficialMunicipalities.All[^1]))), count)
        from rows in Gen.CollectToArray(picked.Distinct().Select(official =>
            from population in Gen.Frequency((6, Gen.Choose(1, 1_000_000)), (1, Gen.Elements(1, 1_000_000_000)))
            from date in OptionalDateOrNull
            select Municipality(official.Code.ToString(), official.Name, population, date)))
        select rows;

    private static Gen<JsonArray> Memberships((string Code, long Population, JsonObject Item)[] municipalities) =>
        Yearly(
            from others in Gen.SubListOf(municipalities.Skip(1).Select(m => m.Code).ToArray())
            select (JsonNode)new JsonArray([.. new[] { municipalities[0].Code }.Concat(others).Select(c => (JsonNode?)c)]),
            "members");

    /// <summary>None, largest remainder, or half up with the first municipality (a member of every year) taking the residual.</summary>
    private static Gen<Field> Rounding(string residual) =>
        Gen.Elements(
            Field.Absent,
            Field.Of(new JsonObject { ["method"] = "largest_remainder" }),
            Field.Of(new JsonObject { ["method"] = "half_up_with_residual", ["residual_municipality"] = residual }));

    private static Gen<JsonObject> FeeSchedule =>
        from components in Gen.CollectToArray(new[] { "venue", "trainer_pot", "course_material", "buffer" }.Select(name =>
            from amount in Amount(1_000_000_000_000)
            from digital in Gen.Elements(true, false)
            select KeyValuePair.Create(name, (JsonNode?)new JsonObject { ["amount_sek"] = amount, ["charged_on_digital_days"] = digital })))
        select new JsonObject { ["components"] = new JsonObject(components) };

    private static Gen<JsonObject> Eligibility =>
        from areas in Gen.Shuffle(new[] { "mottagning", "utredning", "uppfoljning", "familjehem" })
        from areaCount in Gen.Choose(1, 4)
        from roles in Gen.SubListOf(new[] { "hogre-chef", "administrativ", "politiker" })
        from employers in Gen.SubListOf(new[] { "annan" })
        from openings in Gen.ArrayOf(DateOrNull, Steps.Length)
        from trainer in OptionalDateOrNull
        select With(
            new JsonObject
            {
                ["work_areas"] = Strings(areas.Take(areaCount)),
                ["excluded_roles"] = Strings(roles),
                ["excluded_employers"] = Strings(employers),
                ["step_openings"] = new JsonObject(Steps.Select((step, i) => KeyValuePair.Create(step, openings[i]?.DeepClone()))),
            },
            "trainer_opening",
            trainer);

    private static Gen<(string Id, int Days, JsonObject Item)[]> Courses =>
        from count in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 6)))
        from courses in Gen.CollectToArray(Enumerable.Range(0, count).Select(i =>
            from days in Gen.Frequency((6, Gen.Choose(1, 4)), (1, Gen.Choose(5, 100)))
            from preparation in Gen.Frequency((1, Gen.Constant(Field.Absent)), (2, Tasks.Select(t => Field.Of(t))))
            from followUp in Gen.Frequency((1, Gen.Constant(Field.Absent)), (2, Tasks.Select(t => Field.Of(t))))
            let id = $"kurs-{i}-ä"
            select (id, days, With(With(new JsonObject { ["id"] = id, ["name"] = $"Kurs {i}", ["course_days"] = days }, "preparation", preparation), "follow_up", followUp))))
        select courses;

    private static Gen<JsonArray> Tasks =>
        from count in Gen.Choose(0, 2)
        from tasks in Gen.ArrayOf(
            from level in Gen.Elements("fakta", "forstaelse", "fardighet", "fortrogenhet")
            from minutes in Gen.Frequency((4, Gen.Choose(1, 120)), (1, Gen.Elements(1, 10_000)))
            from mode in Gen.Elements(Field.Absent, Field.Of("digital"))
            select (JsonNode?)With(new JsonObject { ["title"] = "Läs", ["goal"] = new JsonObject { ["level"] = level, ["text"] = "Känna till lagen" }, ["minutes"] = minutes }, "mode", mode),
            count)
        select new JsonArray(tasks);

    /// <summary>1 or 2 follow-up plans from distinct years, each of 1 to 4 goals measured by the survey or the ledger.</summary>
    private static Gen<JsonArray> FollowUp =>
        from years in Gen.ArrayOf(Gen.Choose(1900, 9999), 2)
        from count in Gen.Choose(1, 2)
        from plans in Gen.ArrayOf(Plan, 2)
        select new JsonArray([.. years.Distinct().Take(count).Select((year, i) => (JsonNode?)With(new JsonObject { ["valid_from"] = $"{year:D4}-01-01" }, plans[i]))]);

    private static Gen<JsonObject> Plan =>
        from municipality in Gen.Elements(Field.Absent, Field.Of(new JsonObject { ["label"] = "kommun" }))
        from count in Gen.Choose(1, 4)
        from goals in Gen.CollectToArray(Enumerable.Range(1, count).Select(Goal))
        select With(
            new JsonObject
            {
                ["role_question"] = new JsonObject
                {
                    ["label"] = "roll",
                    ["options"] = new JsonArray(
                        new JsonObject { ["answer"] = "Socialsekreterare", ["role"] = "socialsekreterare" },
                        new JsonObject { ["answer"] = "Chef", ["role"] = "chef" },
                        new JsonObject { ["answer"] = "Annan", ["role"] = null }),
                },
                ["goals"] = new JsonArray([.. goals.Select(g => (JsonNode?)g)]),
            },
            "municipality_question",
            municipality);

    private static Gen<JsonObject> Goal(int number) =>
        from shortText in Gen.Elements(Field.Absent, Field.Of("Kort"), Field.Of(new string('å', 60)))
        from measure in Gen.Frequency(
            (1, Gen.Elements("availability", "trainers").Select(m => new JsonObject { ["measure"] = m })),
            (3, from roles in Gen.Elements(new[] { "socialsekreterare" }, ["chef"], ["chef", "socialsekreterare"])
                from notCounted in Gen.Elements(Field.Absent, Field.Of(new JsonArray()), Field.Of(Strings(["Vet ej"])))
                from threshold in Gen.Frequency((3, Gen.Constant(Field.Absent)), (3, Gen.Choose(1, 100).Select(t => Field.Of(t))), (1, Gen.Elements(Field.Of(1), Field.Of(100))))
                select new JsonObject
                {
                    ["survey"] = With(
                        With(
                            new JsonObject { ["roles"] = Strings(roles), ["question"] = $"q{number}", ["positive"] = Strings(["Nöjd", "Mycket nöjd"]), ["not_positive"] = Strings(["Missnöjd"]) },
                            "not_counted",
                            notCounted),
                        "threshold_percent",
                        threshold),
                }))
        select With(With(new JsonObject { ["id"] = $"{number}a", ["text"] = $"Mål {number}" }, "short_text", shortText), measure);

    /// <summary>A route for some of the steps, of distinct courses; a Ny route only when its days may be a Ny route's (8 or 9 if complete, at most 9 if not).</summary>
    private static Gen<JsonArray> Routes((string Id, int Days, JsonObject Item)[] courses) =>
        courses.Length == 0
            ? Gen.Constant(new JsonArray())
            : from steps in Gen.SubListOf(Steps)
              from stops in Gen.CollectToArray(steps.Select(_ => from order in Gen.Shuffle(courses) from n in Gen.Choose(1, courses.Length) select order.Take(n).ToArray()))
              from complete in Gen.ArrayOf(Gen.Elements(Field.Absent, Field.Of(true), Field.Of(false)), steps.Count)
              select new JsonArray([.. steps.Select((step, i) => Route(step, stops[i], complete[i])).Where(r => r is not null)]);

    private static JsonObject? Route(string step, (string Id, int Days, JsonObject Item)[] stops, Field complete)
    {
        int days = stops.Sum(s => s.Days);
        if (step == "Ny")
        {
            if (days > 9)
            {
                return null;
            }

            complete = days >= 8 ? complete : Field.Of(false);
        }

        return With(new JsonObject { ["step"] = step, ["stops"] = Strings(stops.Select(s => s.Id)) }, "complete", complete);
    }

    /// <summary>1 to 3 values on distinct 1 January dates, as objects with <c>valid_from</c> and the value under <paramref name="field"/>.</summary>
    private static Gen<JsonArray> Yearly(Gen<JsonNode> value, string field = "amount_sek") =>
        from years in Gen.ArrayOf(Gen.Choose(1900, 9999), 3)
        from count in Gen.Choose(1, 3)
        from values in Gen.ArrayOf(value, count)
        select new JsonArray([.. years.Distinct().Take(count).Select((year, i) => (JsonNode?)new JsonObject { ["valid_from"] = $"{year:D4}-01-01", [field] = values[i].DeepClone() })]);

    /// <summary>1 to 3 dated values on distinct dates.</summary>
    private static Gen<JsonArray> Distinct(Gen<LocalDate> dates, Gen<JsonObject> value) =>
        from dated in Gen.ArrayOf(dates, 3)
        from count in Gen.Choose(1, 3)
        from values in Gen.ArrayOf(value, count)
        select new JsonArray([.. dated.Distinct().Take(count).Select((date, i) => (JsonNode?)With(new JsonObject { ["valid_from"] = Iso(date) }, values[i]))]);

    private static Gen<JsonNode> Amount(long max) =>
        Gen.Frequency(
            (4, Gen.Choose(0, int.MaxValue).Select(a => (JsonNode)(long)a)),
            (1, Gen.Elements<long>(0, 1, max).Select(a => (JsonNode)a)));

    private static (string Code, long Population, JsonObject Item) Municipality(string code, string name, long population, Field date) =>
        (code, population, With(new JsonObject { ["code"] = code, ["name"] = name, ["population"] = population }, "population_date", date));

    private static string Write(
        (string Code, long Population, JsonObject Item)[] municipalities,
        bool statesTotal,
        bool header,
        JsonArray fixedCosts,
        Field memberships,
        Field rounding,
        JsonArray fees,
        JsonArray eligibility,
        (string Id, int Days, JsonObject Item)[] courses,
        JsonArray routes)
    {
        var file = new JsonObject();
        if (header)
        {
            file["$schema"] = "../schemas/region.schema.json";
            file["source"] = "Genererad";
        }

        file["name"] = "Testlän";
        if (statesTotal)
        {
            file["population_total"] = municipalities.Sum(m => m.Population);
        }

        file["municipalities"] = new JsonArray([.. municipalities.Select(m => (JsonNode?)m.Item.DeepClone())]);
        file["fixed_costs"] = fixedCosts;
        With(file, "memberships", memberships);
        With(file, "rounding", rounding);
        file["fee_schedules"] = fees;
        file["eligibility"] = eligibility;
        file["courses"] = new JsonArray([.. courses.Select(c => (JsonNode?)c.Item.DeepClone())]);
        file["routes"] = routes;
        return file.ToJsonString(JsonFormat.Indented);
    }

    /// <summary>The file with a follow-up section added, unless it is left out.</summary>
    private static string With(string file, Field followUp) =>
        followUp.Given ? With(JsonNode.Parse(file)!.AsObject(), "follow_up", followUp).ToJsonString(JsonFormat.Indented) : file;

    /// <summary>The object with the field added, unless it is left out.</summary>
    private static JsonObject With(JsonObject item, string name, Field field)
    {
        if (field.Given)
        {
            item[name] = field.Value?.DeepClone();
        }

        return item;
    }

    private static JsonObject With(JsonObject item, JsonObject more)
    {
        foreach ((string key, JsonNode? value) in more)
        {
            item[key] = value?.DeepClone();
        }

        return item;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)v)]);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>An optional field: left out, or given with a value (which may be JSON null).</summary>
    private readonly record struct Field(bool Given, JsonNode? Value)
    {
        public static Field Absent => default;

        public static Field Of(JsonNode? value) => new(true, value);
    }
}
