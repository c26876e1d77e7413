using System.Text.Json;
using Yrkesresan.Domain.Allocation;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;
using Yrkesresan.Domain.Fees;
using Yrkesresan.Domain.FollowUp;
using Yrkesresan.Domain.Regions.Files.Sections;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// Reads a region file (<c>docs/region-file.md</c>) into a <see cref="Region"/>. Every field is
/// checked for its type and range here; the rules that span fields (duplicate codes, overlapping
/// dates, unknown courses on a route, <c>COURSE-4</c>, <c>ALLOC-3</c>) are the domain types' own,
/// and their problems are given back with the file's JSON paths. A part whose fields could not all
/// be read is not handed to its domain type, so a broken field never causes a second, misleading
/// problem elsewhere.
/// </summary>
/// <remarks>
/// This reader checks the root object and hands each section to its own reader
/// (<see cref="MunicipalitiesReader"/>, <see cref="FixedCostsReader"/>, <see cref="MembershipsReader"/>,
/// <see cref="RoundingReader"/>, <see cref="FeeSchedulesReader"/>, <see cref="EligibilityReader"/>,
/// <see cref="CatalogueReader"/>, <see cref="FollowUpReader"/>), in the file's order, then builds the <see cref="Region"/> from their parts.
/// </remarks>
internal sealed class RegionFileReader
{
    /// <summary>The most kronor a money field may hold.</summary>
    public const long MaxKronor = 1_000_000_000_000;

    /// <summary>The largest population a municipality may have.</summary>
    public const long MaxPopulation = 1_000_000_000;

    private static string[] RootRequired => ["name", "municipalities", "fixed_costs", "fee_schedules", "eligibility", "courses", "routes"];
    private static string[] RootOptional => ["$schema", "source", "population_total", "memberships", "rounding", "follow_up"];

    private readonly ReadContext context;
    private readonly IndexMap indexes = new();

    private RegionFileReader(ReadContext context) => this.context = context;

    /// <summary>Reads a region file.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="file">The file's name, for problems.</param>
    /// <returns>The region, or every problem.</returns>
    public static RegionFileResult Read(ReadOnlySpan<byte> utf8, string file)
    {
        if (!JsonFile.TryOpen(utf8, file, FileTexts.WhatARegionFile, out JsonDocument? document, out ReadContext? context, out DataFileProblem? problem))
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
        if (!context.Object(root, path, FileTexts.WhatARegionFile, RootRequired, RootOptional))
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
        List<Municipality> municipalities = new MunicipalitiesReader(context, indexes).Read(root, out bool populationsRead, out bool codesRead);
        List<FixedCostPeriod> fixedCosts = new FixedCostsReader(context, indexes).Read(root);
        List<MembershipPeriod>? memberships = new MembershipsReader(context, indexes).Read(root);
        RoundingPolicy<MunicipalityCode>? rounding = new RoundingReader(context, indexes).Read(root);
        Timeline<FeeSchedule>? fees = new FeeSchedulesReader(context, indexes).Read(root);
        Timeline<EligibilityPolicy>? eligibility = new EligibilityReader(context, indexes).Read(root);
        CourseCatalogue? catalogue = new CatalogueReader(context, indexes).Read(root);
        Timeline<FollowUpPlan>? followUp = new FollowUpReader(context, indexes).Read(root);

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
                populationsRead && codesRead ? statedTotal : null,
                followUp);
        }
        catch (RegionDataException exception)
        {
            // A municipality whose code could not be read is not in the region, so a membership or a
            // residual naming it would be reported as unknown: a second, misleading problem.
            context.ReportDomainProblems(
                exception.Problems.Where(p => codesRead || !IsUnknownMunicipality(p)),
                string.Empty,
                indexes.ToFile);
        }

        return Finish(region);
    }

    private static bool IsUnknownMunicipality(DataProblem problem) =>
        problem.Code is nameof(RegionTexts.MemberNotInRegion) or nameof(RegionTexts.ResidualNotInRegion);

    private RegionFileResult Finish(Region? region)
    {
        if (context.Count == 0 && region is not null)
        {
            return RegionFileResult.Valid(region);
        }

        return RegionFileResult.Invalid(context.Problems.OrderBy(p => p.Line ?? int.MaxValue));
    }
}
