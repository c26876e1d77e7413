using System.Text;
using System.Text.Json;
using Yrkesresan.Cli.Language;
using Yrkesresan.Cli.Workbooks;
using Yrkesresan.Domain;
using Yrkesresan.Domain.Regions;

namespace Yrkesresan.Cli.Commands;

/// <summary>
/// The hint before the problems of a ledger, a JSON file or a workbook, none of whose municipalities is the region's
/// (a Västerbotten ledger checked against the built-in Norrbotten): the region is likely the wrong one, so the hint says
/// how to give the right one, instead of leaving a problem per municipality unexplained. A ledger of a single municipality gets no
/// hint: one code outside the region is as likely a typo (2480 for Luleå's 2580) as the wrong region.
/// </summary>
internal static class LedgerRegionHint
{
    /// <summary>The stable code of the ledger problem "… is not one of the region's municipalities".</summary>
    public const string NotInRegionCode = "MunicipalityNotInRegion";

    /// <summary>The fewest different municipality codes a ledger has for the hint: with one, a typo is as likely.</summary>
    public const int FewestCodes = 2;

    /// <summary>The most municipality codes the hint lists.</summary>
    private const int CodesShown = 8;

    /// <summary>The codes of a workbook's problems that a municipality is not the region's: by its code, or by a name that is none of the region's.</summary>
    private static readonly string[] WorkbookNotInRegionCodes =
    [
        nameof(WorkbookTexts.WorkbookMunicipalityNotInRegion),
        nameof(WorkbookTexts.WorkbookMunicipalityUnknown),
        nameof(WorkbookTexts.WorkbookMunicipalityUnknownNear),
    ];

    /// <summary>
    /// The hint for a ledger file that is not valid against the region, or null when none applies: at least one problem
    /// says a municipality is not the region's, and of the municipality codes the ledger file gives (registrations and
    /// trainers; codes that cannot be read are left out), at least <see cref="FewestCodes"/> different ones, none is
    /// the region's.
    /// </summary>
    /// <param name="ledger">The ledger file's bytes.</param>
    /// <param name="problems">The problems the ledger was refused with.</param>
    /// <param name="region">The region the ledger was checked against.</param>
    /// <param name="regionPath">The region file, or null for the built-in region.</param>
    /// <returns>The hint's line, or null.</returns>
    public static string? For(ReadOnlySpan<byte> ledger, IReadOnlyCollection<DataFileProblem> problems, Region region, string? regionPath)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Any(SaysNotInRegion) ? For(MunicipalityCodes(ledger), region, regionPath) : null;
    }

    /// <summary>
    /// The hint for a ledger workbook that is not valid against the region, or null when none applies: as for a file,
    /// with the municipalities the workbook names on its sheets of participants and trainers, by code or by a name of
    /// Statistics Sweden's list (<see cref="LedgerWorkbookMunicipalities"/>), and a problem that a municipality is not
    /// the region's by code, or is none of its names.
    /// </summary>
    /// <param name="workbook">The workbook's bytes.</param>
    /// <param name="problems">The problems the workbook was refused with.</param>
    /// <param name="region">The region the ledger was checked against.</param>
    /// <param name="regionPath">The region file, or null for the built-in region.</param>
    /// <returns>The hint's line, or null.</returns>
    public static string? ForWorkbook(byte[] workbook, IReadOnlyCollection<WorkbookProblem> problems, Region region, string? regionPath)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Any(p => WorkbookNotInRegionCodes.Contains(p.Code, StringComparer.Ordinal))
            ? For(LedgerWorkbookMunicipalities.Codes(workbook), region, regionPath)
            : null;
    }

    /// <summary>The hint when none of at least <see cref="FewestCodes"/> codes is the region's, or null.</summary>
    private static string? For(SortedSet<MunicipalityCode> codes, Region region, string? regionPath)
    {
        ArgumentNullException.ThrowIfNull(region);
        if (codes.Count < FewestCodes || codes.Any(region.HasMunicipality))
        {
            return null;
        }

        string listed = string.Join(", ", codes.Take(CodesShown)) + (codes.Count > CodesShown ? ", …" : string.Empty);
        return regionPath is null
            ? Texts.Format(CommandLineTexts.LedgerOutsideBuiltInRegion, listed, region.Name, RegionVariable.Name)
            : Texts.Format(CommandLineTexts.LedgerOutsideRegionFile, listed, region.Name, regionPath, RegionVariable.Name);
    }

    /// <summary>
    /// Whether a problem says that a municipality is not the region's: by its code; a problem without a code yet
    /// (before every library problem had one) counts when it is about a municipality field.
    /// </summary>
    /// <param name="problem">The problem.</param>
    /// <returns>Whether it says so.</returns>
    public static bool SaysNotInRegion(DataFileProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Code.Length == 0
            ? problem.Path.EndsWith(".municipality", StringComparison.Ordinal)
            : problem.Code.Contains(NotInRegionCode, StringComparison.Ordinal);
    }

    /// <summary>The municipality codes of a ledger file's registrations and trainers; empty when the file is not JSON.</summary>
    private static SortedSet<MunicipalityCode> MunicipalityCodes(ReadOnlySpan<byte> ledger)
    {
        var codes = new SortedSet<MunicipalityCode>();
        try
        {
            // Any byte order mark (UTF-8, or UTF-16 as Windows PowerShell 5.1 writes) is read as the text's encoding.
            using var reader = new StreamReader(new MemoryStream(ledger.ToArray()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            using JsonDocument document = JsonDocument.Parse(reader.ReadToEnd());
            foreach (JsonElement occasion in Items(document.RootElement, "occasions"))
            {
                foreach (JsonElement entry in Items(occasion, "participants").Concat(Items(occasion, "trainers")))
                {
                    if (entry.ValueKind == JsonValueKind.Object
                        && entry.TryGetProperty("municipality", out JsonElement value)
                        && value.ValueKind == JsonValueKind.String
                        && MunicipalityCode.TryParse(value.GetString(), out MunicipalityCode code))
                    {
                        codes.Add(code);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: its problems say so, and no hint applies.
        }

        return codes;
    }

    private static JsonElement[] Items(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out JsonElement items) && items.ValueKind == JsonValueKind.Array
            ? [.. items.EnumerateArray()]
            : [];
}
