using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.Money;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// Reads a region file (<c>docs/region-file.md</c>) into a <see cref="Region"/>. Every field is
/// checked for its type and range here; the rules that span fields (duplicate codes, overlapping
/// dates, unknown courses on a route, <c>COURSE-4</c>, <c>ALLOC-3</c>) are the domain types' own,
/// and their problems are given back with the file's JSON paths. A part whose fields could not all
/// be read is not handed to its domain type, so a broken field never causes a second, misleading
/// problem elsewhere.
/// </summary>
internal sealed class RegionFileReader
{
    /// <summary>The most kronor a money field may hold.</summary>
    public const long MaxKronor = 1_000_000_000_000;

    /// <summary>The largest population a municipality may have.</summary>
    public const long MaxPopulation = 1_000_000_000;

    private static readonly string[] RootRequired = ["name", "municipalities", "fixed_costs", "fee_schedules", "eligibility", "courses", "routes"];
    private static readonly string[] RootOptional = ["$schema", "source", "population_total", "memberships", "rounding"];
    private static readonly string[] FeeComponentFields = ["amount_sek", "charged_on_digital_days"];

    private readonly ReadContext context;
    private readonly IndexMap indexes = new();

    private RegionFileReader(ReadContext context) => this.context = context;

    /// <summary>Reads a region file.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="file">The file's name, for problems.</param>
    /// <returns>The region, or every problem.</returns>
    public static RegionFileResult Read(ReadOnlySpan<byte> utf8, string file)
    {
        if (!JsonFile.TryOpen(utf8, file, "a region file", out JsonDocument? document, out ReadContext? context, out DataFileProblem? problem))
        {
            return RegionFileResult.Invalid([problem]);
        }

        using (document)
        {
            return new RegionFileReader(context).ReadRegion(document.RootElement);
        }
    }

    private RegionFileResult ReadRegion(JsonElement root)
    {
        const string path = JsonPath.Root;
        if (!context.Object(root, path, "a region file", RootRequired, RootOptional))
        {
            return Finish(null);
        }

        string name = ReadContext.ReadField(root, path, "name", context.Text) ?? "(unnamed)";
        if (ReadContext.Field(root, "$schema", out JsonElement schema))
        {
            context.AnyText(schema, JsonPath.Property(path, "$schema"));
        }

        if (ReadContext.Field(root, "source", out JsonElement source))
        {
            context.AnyText(source, JsonPath.Property(path, "source"));
        }

        long? statedTotal = ReadContext.ReadValue(root, path, "population_total", (v, p) => context.Integer(v, p, 1, long.MaxValue));
        List<Municipality> municipalities = ReadMunicipalities(root, out bool populationsRead, out bool codesRead);
        List<FixedCostPeriod> fixedCosts = ReadFixedCosts(root);
        List<MembershipPeriod>? memberships = ReadMemberships(root);
        RoundingPolicy<MunicipalityCode>? rounding = ReadRounding(root);
        Timeline<FeeSchedule>? fees = ReadTimeline(root, "fee_schedules", "fee schedule", "fee schedules", ReadFeeSchedule);
        Timeline<EligibilityPolicy>? eligibility = ReadTimeline(root, "eligibility", "eligibility policy", "eligibility policies", ReadEligibility);
        CourseCatalogue? catalogue = ReadCatalogue(root);

        Region? region = null;
        try
        {
            region = new Region(
                name,
                municipalities,
                fixedCosts,
                memberships,
                rounding,
                fees,
                eligibility,
                catalogue,
                populationsRead && codesRead ? statedTotal : null);
        }
        catch (RegionDataException exception)
        {
            // A municipality whose code could not be read is not in the region, so a membership or a
            // residual naming it would be reported as unknown: a second, misleading problem.
            context.ReportDomainProblems(
                exception.Problems.Where(p => codesRead || !p.Message.Contains(Region.NotAMunicipalityOfTheRegion, StringComparison.Ordinal)),
                string.Empty,
                indexes.ToFile);
        }

        return Finish(region);
    }

    private RegionFileResult Finish(Region? region)
    {
        if (context.Count == 0 && region is not null)
        {
            return RegionFileResult.Valid(region);
        }

        return RegionFileResult.Invalid(context.Problems.OrderBy(p => p.Line ?? int.MaxValue));
    }

    private List<Municipality> ReadMunicipalities(JsonElement root, out bool populationsRead, out bool codesRead)
    {
        var result = new List<Municipality>();
        populationsRead = true;
        codesRead = true;
        const string list = "municipalities";
        string listPath = JsonPath.Property(JsonPath.Root, list);
        if (!ReadContext.Field(root, list, out JsonElement array) || !context.List(array, listPath, 1, "municipalities"))
        {
            populationsRead = false;
            codesRead = false;
            return result;
        }

        int index = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            string path = JsonPath.Item(listPath, index);
            if (context.Object(item, path, "a municipality", ["code", "name", "population"], ["population_date"]))
            {
                MunicipalityCode? code = ReadContext.ReadValue(item, path, "code", context.Code);
                string? name = ReadContext.ReadField(item, path, "name", context.Text);
                long? population = ReadContext.ReadValue(item, path, "population", (v, p) => context.Integer(v, p, 1, MaxPopulation));
                LocalDate? date = null;
                if (ReadContext.Field(item, "population_date", out JsonElement dateValue))
                {
                    context.DateOrNull(dateValue, JsonPath.Property(path, "population_date"), out date);
                }

                populationsRead &= population is not null;
                if (code is null && ReadContext.Field(item, "code", out JsonElement codeValue) && codeValue.ValueKind == JsonValueKind.Number && codeValue.TryGetInt32(out int number) && number is > 0 and < 10_000)
                {
                    // "code": 2401 has been reported; the code it means is clear, so the rest of the file is checked against it.
                    code = MunicipalityCode.Parse(number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
                }

                codesRead &= code is not null;

                // A row whose code is readable stays in, so that memberships naming it are not reported as unknown;
                // its unreadable fields have been reported, and the region is not returned.
                if (code is MunicipalityCode known)
                {
                    indexes.Add(list, index);
                    result.Add(new Municipality(known, name ?? "(unreadable)", population ?? 1, date));
                }
            }
            else
            {
                populationsRead = false;
                codesRead = false;
            }

            index++;
        }

        return result;
    }

    private List<FixedCostPeriod> ReadFixedCosts(JsonElement root)
    {
        var result = new List<FixedCostPeriod>();
        ForEachItem(root, "fixed_costs", "fixed costs", 1, (item, path, index) =>
        {
            if (!context.Object(item, path, "a fixed cost", ["valid_from", "amount_sek"], []))
            {
                return;
            }

            int? year = ReadYearStart(item, path, "the fixed cost is shared per calendar year (ALLOC-1)");
            long? amount = ReadContext.ReadValue(item, path, "amount_sek", (v, p) => context.Integer(v, p, 0, MaxKronor));
            if (year is int y && amount is long kronor)
            {
                indexes.Add("fixed_costs", index);
                result.Add(new FixedCostPeriod(y, Sek.FromKronor(kronor)));
            }
        });
        return result;
    }

    private List<MembershipPeriod>? ReadMemberships(JsonElement root)
    {
        if (!ReadContext.Field(root, "memberships", out _))
        {
            return null;
        }

        var result = new List<MembershipPeriod>();
        ForEachItem(root, "memberships", "memberships", 0, (item, path, index) =>
        {
            if (!context.Object(item, path, "a membership", ["valid_from", "members"], []))
            {
                return;
            }

            int? year = ReadYearStart(item, path, "membership is per calendar year (ALLOC-4)");
            string domainList = $"memberships[{indexes.CountOf("memberships")}].members";
            var members = new List<MunicipalityCode>();
            bool membersRead = false;
            string membersPath = JsonPath.Property(path, "members");
            if (ReadContext.Field(item, "members", out JsonElement array) && context.List(array, membersPath, 1, "municipality codes"))
            {
                membersRead = true;
                int j = 0;
                var candidates = new List<(int Index, MunicipalityCode Code)>();
                foreach (JsonElement member in array.EnumerateArray())
                {
                    if (context.Code(member, JsonPath.Item(membersPath, j)) is MunicipalityCode code)
                    {
                        candidates.Add((j, code));
                    }

                    j++;
                }

                if (year is not null)
                {
                    foreach ((int j2, MunicipalityCode code) in candidates)
                    {
                        indexes.Add(domainList, j2);
                        members.Add(code);
                    }
                }
            }

            if (year is int y && membersRead)
            {
                indexes.Add("memberships", index);
                result.Add(new MembershipPeriod(y, [.. members]));
            }
        });
        return result;
    }

    private RoundingPolicy<MunicipalityCode>? ReadRounding(JsonElement root)
    {
        string path = JsonPath.Property(JsonPath.Root, "rounding");
        if (!ReadContext.Field(root, "rounding", out JsonElement value)
            || !context.Object(value, path, "a rounding", ["method"], ["residual_municipality"]))
        {
            return null;
        }

        string? method = ReadContext.ReadField(value, path, "method", context.Text);
        bool hasResidual = ReadContext.Field(value, "residual_municipality", out JsonElement residualValue);
        string residualPath = JsonPath.Property(path, "residual_municipality");
        switch (method)
        {
            case "largest_remainder":
                if (hasResidual)
                {
                    context.Report(residualPath, "goes with the method half_up_with_residual only; largest_remainder needs no residual municipality");
                }

                return new LargestRemainderPolicy<MunicipalityCode>();
            case "half_up_with_residual":
                if (!hasResidual)
                {
                    context.Report(residualPath, "is missing; the method half_up_with_residual needs the municipality that takes the residual");
                    return null;
                }

                return context.Code(residualValue, residualPath) is MunicipalityCode residual
                    ? new HalfUpWithResidualPolicy<MunicipalityCode>(residual)
                    : null;
            case null:
                return null;
            default:
                context.Report(JsonPath.Property(path, "method"), $"\"{method}\" is not a rounding method; use largest_remainder or half_up_with_residual");
                return null;
        }
    }

    private Timeline<T>? ReadTimeline<T>(JsonElement root, string list, string what, string plural, Func<JsonElement, string, T?> readItem)
        where T : class
    {
        var values = new List<DatedValue<T>>();
        ForEachItem(root, list, plural, 1, (item, path, index) =>
        {
            int itemBefore = context.Count;
            LocalDate? validFrom = ReadContext.ReadValue(item, path, "valid_from", context.Date);
            T? value = readItem(item, path);
            if (validFrom is LocalDate from && value is not null && context.Count == itemBefore)
            {
                indexes.Add(list, index);
                values.Add(new DatedValue<T>(from, value));
            }
        });

        if (values.Count == 0)
        {
            return null;
        }

        try
        {
            return new Timeline<T>(what, values);
        }
        catch (RegionDataException exception)
        {
            context.ReportDomainProblems(exception.Problems, list, indexes.ToFile);
            return null;
        }
    }

    private FeeSchedule? ReadFeeSchedule(JsonElement item, string path)
    {
        int before = context.Count;
        if (!context.Object(item, path, "a fee schedule", ["valid_from", "components"], []))
        {
            return null;
        }

        string componentsPath = JsonPath.Property(path, "components");
        var rates = new List<FeeRate>();
        if (ReadContext.Field(item, "components", out JsonElement components)
            && context.Object(components, componentsPath, "the fee components", [.. FeeComponent.List.OrderBy(c => c.Value).Select(c => c.Code)], []))
        {
            foreach (JsonProperty property in components.EnumerateObject())
            {
                string componentPath = JsonPath.Property(componentsPath, property.Name);
                if (!FeeComponent.TryFromCode(property.Name, out FeeComponent? component)
                    || !context.Object(property.Value, componentPath, "a fee component", FeeComponentFields, []))
                {
                    continue;
                }

                long? amount = ReadContext.ReadValue(property.Value, componentPath, "amount_sek", (v, p) => context.Integer(v, p, 0, MaxKronor));
                bool? digital = ReadContext.ReadValue(property.Value, componentPath, "charged_on_digital_days", context.Boolean);
                if (amount is long kronor && digital is bool charged)
                {
                    rates.Add(new FeeRate(component, Sek.FromKronor(kronor), charged));
                }
            }
        }

        if (context.Count > before)
        {
            return null;
        }

        return Build(() => new FeeSchedule(rates), path);
    }

    private EligibilityPolicy? ReadEligibility(JsonElement item, string path)
    {
        int before = context.Count;
        if (!context.Object(
                item,
                path,
                "an eligibility policy",
                ["valid_from", "work_areas", "excluded_roles", "excluded_employers", "step_openings"],
                ["trainer_opening"]))
        {
            return null;
        }

        List<WorkArea> areas = ReadCodes<WorkArea>(item, path, "work_areas", "work area", 0);
        List<Role> roles = ReadCodes<Role>(item, path, "excluded_roles", "role", 0);
        List<EmployerKind> employers = ReadCodes<EmployerKind>(item, path, "excluded_employers", "employer kind", 0);
        var openings = new Dictionary<CareerStep, LocalDate?>();
        string openingsPath = JsonPath.Property(path, "step_openings");
        if (ReadContext.Field(item, "step_openings", out JsonElement steps)
            && context.Object(steps, openingsPath, "the step openings", [], [.. CareerStep.List.OrderBy(s => s.Value).Select(s => s.Code)]))
        {
            foreach (JsonProperty property in steps.EnumerateObject())
            {
                if (CareerStep.TryFromCode(property.Name, out CareerStep? step)
                    && context.DateOrNull(property.Value, JsonPath.Property(openingsPath, property.Name), out LocalDate? opens))
                {
                    openings[step] = opens;
                }
            }
        }

        LocalDate? trainerOpening = null;
        if (ReadContext.Field(item, "trainer_opening", out JsonElement trainers))
        {
            context.DateOrNull(trainers, JsonPath.Property(path, "trainer_opening"), out trainerOpening);
        }

        if (context.Count > before)
        {
            return null;
        }

        return Build(() => new EligibilityPolicy(areas, roles, employers, openings, trainerOpening), path);
    }

    private List<T> ReadCodes<T>(JsonElement item, string path, string field, string what, int minItems)
        where T : CodedValue<T>
    {
        var result = new List<T>();
        string listPath = JsonPath.Property(path, field);
        if (ReadContext.Field(item, field, out JsonElement array) && context.List(array, listPath, minItems, what + "s"))
        {
            int j = 0;
            foreach (JsonElement value in array.EnumerateArray())
            {
                if (context.Coded<T>(value, JsonPath.Item(listPath, j), what) is T found)
                {
                    result.Add(found);
                }

                j++;
            }
        }

        return result;
    }

    private CourseCatalogue? ReadCatalogue(JsonElement root)
    {
        int before = context.Count;
        var courses = new List<Course>();
        ForEachItem(root, "courses", "courses", 0, (item, path, _) =>
        {
            if (ReadCourse(item, path) is Course course)
            {
                courses.Add(course);
            }
        });

        var routes = new List<Route>();
        ForEachItem(root, "routes", "routes", 0, (item, path, _) =>
        {
            if (ReadRoute(item, path) is Route route)
            {
                routes.Add(route);
            }
        });

        if (context.Count > before)
        {
            return null;
        }

        return Build(() => new CourseCatalogue(courses, routes), string.Empty);
    }

    private Course? ReadCourse(JsonElement item, string path)
    {
        int before = context.Count;
        if (!context.Object(item, path, "a course", ["id", "name", "course_days"], ["preparation", "follow_up"]))
        {
            return null;
        }

        string? id = ReadContext.ReadField(item, path, "id", context.Text);
        string? name = ReadContext.ReadField(item, path, "name", context.Text);
        long? days = ReadContext.ReadValue(item, path, "course_days", (v, p) => context.Integer(v, p, 1, 100));
        List<CourseTask> preparation = ReadTasks(item, path, "preparation");
        List<CourseTask> followUp = ReadTasks(item, path, "follow_up");
        if (context.Count > before || id is null || name is null || days is null)
        {
            return null;
        }

        return Build(() => new Course(id, name, (int)days, preparation, followUp), path);
    }

    private List<CourseTask> ReadTasks(JsonElement course, string coursePath, string field)
    {
        var tasks = new List<CourseTask>();
        string listPath = JsonPath.Property(coursePath, field);
        if (!ReadContext.Field(course, field, out JsonElement array) || !context.List(array, listPath, 0, "tasks"))
        {
            return tasks;
        }

        int j = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            string path = JsonPath.Item(listPath, j++);
            if (!context.Object(item, path, "a task", ["title", "goal", "minutes"], ["mode"]))
            {
                continue;
            }

            string? title = ReadContext.ReadField(item, path, "title", context.Text);
            long? minutes = ReadContext.ReadValue(item, path, "minutes", (v, p) => context.Integer(v, p, 1, 10_000));
            DeliveryMode mode = ReadContext.ReadField(item, path, "mode", (v, p) => context.Coded<DeliveryMode>(v, p, "delivery mode")) ?? DeliveryMode.Digital;
            KnowledgeGoal? goal = null;
            string goalPath = JsonPath.Property(path, "goal");
            if (ReadContext.Field(item, "goal", out JsonElement goalValue)
                && context.Object(goalValue, goalPath, "a knowledge goal", ["level", "text"], []))
            {
                KnowledgeLevel? level = ReadContext.ReadField(goalValue, goalPath, "level", (v, p) => context.Coded<KnowledgeLevel>(v, p, "knowledge level"));
                string? text = ReadContext.ReadField(goalValue, goalPath, "text", context.Text);
                goal = level is not null && text is not null ? new KnowledgeGoal(level, text) : null;
            }

            if (title is not null && minutes is long m && goal is not null)
            {
                tasks.Add(new CourseTask(title, goal, (int)m, mode));
            }
        }

        return tasks;
    }

    private Route? ReadRoute(JsonElement item, string path)
    {
        int before = context.Count;
        if (!context.Object(item, path, "a route", ["step", "stops"], ["complete"]))
        {
            return null;
        }

        CareerStep? step = ReadContext.ReadField(item, path, "step", (v, p) => context.Coded<CareerStep>(v, p, "step"));
        bool complete = ReadContext.ReadValue(item, path, "complete", context.Boolean) ?? true;
        var stops = new List<string>();
        string stopsPath = JsonPath.Property(path, "stops");
        if (ReadContext.Field(item, "stops", out JsonElement array) && context.List(array, stopsPath, 0, "course ids"))
        {
            int j = 0;
            foreach (JsonElement stop in array.EnumerateArray())
            {
                if (context.AnyText(stop, JsonPath.Item(stopsPath, j++)) is string id)
                {
                    stops.Add(id);
                }
            }
        }

        if (context.Count > before || step is null)
        {
            return null;
        }

        return Build(() => new Route(step, stops, complete), path);
    }

    private int? ReadYearStart(JsonElement item, string path, string why)
    {
        LocalDate? date = ReadContext.ReadValue(item, path, "valid_from", context.Date);
        if (date is not LocalDate from)
        {
            return null;
        }

        if (from.Month != 1 || from.Day != 1)
        {
            context.Report(JsonPath.Property(path, "valid_from"), $"must be 1 January: {why}, so it changes on 1 January");
            return null;
        }

        return from.Year;
    }

    private void ForEachItem(JsonElement root, string list, string what, int minItems, Action<JsonElement, string, int> read)
    {
        string listPath = JsonPath.Property(JsonPath.Root, list);
        if (!ReadContext.Field(root, list, out JsonElement array) || !context.List(array, listPath, minItems, what))
        {
            return;
        }

        int index = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            read(item, JsonPath.Item(listPath, index), index);
            index++;
        }
    }

    private T? Build<T>(Func<T> create, string path)
        where T : class
    {
        try
        {
            return create();
        }
        catch (RegionDataException exception)
        {
            string relative = path.Length <= JsonPath.Root.Length ? string.Empty : path[(JsonPath.Root.Length + 1)..];
            context.ReportDomainProblems(exception.Problems, relative);
            return null;
        }
    }
}
