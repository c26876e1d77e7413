using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Yrkesresan.Domain.Regions;

/// <summary>
/// Statistics Sweden's list of municipalities, read from the CSV file embedded in this assembly
/// (<c>Regions/Official/scb-folkmangd-2020-12-31.csv</c>: <c>code,name,county,population</c>, UTF-8, sorted by code).
/// </summary>
/// <remarks>
/// The file names each municipality's county by name; the county code is the first two digits of the municipality
/// code (the tests check that every county name has one code and every code one name).
/// </remarks>
internal sealed class OfficialList
{
    /// <summary>The name of the embedded file.</summary>
    public const string ResourceName = "Yrkesresan.Domain.Regions.scb-folkmangd-2020-12-31.csv";

    // Lazy rather than a static field: the file is read on first use, not in a type initializer, so a
    // problem in it would surface as itself rather than as a TypeInitializationException.
    private static readonly Lazy<OfficialList> Read = new(() => Parse(ReadEmbedded()));

    private readonly FrozenDictionary<MunicipalityCode, OfficialMunicipality> byCode;
    private readonly FrozenDictionary<string, OfficialMunicipality> byName;
    private readonly FrozenDictionary<int, County> byCounty;

    private OfficialList(ImmutableArray<OfficialMunicipality> all, ImmutableArray<County> counties)
    {
        All = all;
        Counties = counties;
        byCode = all.ToFrozenDictionary(m => m.Code);
        byName = all.ToFrozenDictionary(m => m.Name, StringComparer.Ordinal);
        byCounty = counties.ToFrozenDictionary(c => c.Code);
    }

    /// <summary>The list, read once and shared.</summary>
    public static OfficialList Instance => Read.Value;

    /// <summary>Every municipality, by code.</summary>
    public ImmutableArray<OfficialMunicipality> All { get; }

    /// <summary>Every county, by code.</summary>
    public ImmutableArray<County> Counties { get; }

    /// <summary>The municipality with a code, if there is one.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The municipality, or null.</returns>
    public OfficialMunicipality? Find(MunicipalityCode code) => byCode.GetValueOrDefault(code);

    /// <summary>The municipality with a name, exactly as written after Unicode normalization form C.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The municipality, or null.</returns>
    public OfficialMunicipality? FindByName(string name) => byName.GetValueOrDefault(name.Normalize(NormalizationForm.FormC));

    /// <summary>The county with a code, if there is one.</summary>
    /// <param name="code">The county code.</param>
    /// <returns>The county, or null.</returns>
    public County? FindCounty(int code) => byCounty.GetValueOrDefault(code);

    /// <summary>The county of an official municipality.</summary>
    /// <param name="code">The municipality's code, one of the list's.</param>
    /// <returns>Its county.</returns>
    public County CountyOf(MunicipalityCode code) => byCounty[code.CountyCode];

    /// <summary>Reads the list from the file's text.</summary>
    /// <param name="text">The CSV text: a header, then one line per municipality, sorted by code.</param>
    /// <returns>The list.</returns>
    /// <remarks>
    /// The file is part of the build, and the tests check it (290 municipalities, codes and names unique, one county
    /// code per county name); a line that is not <c>code,name,county,population</c> throws a <see cref="FormatException"/>.
    /// </remarks>
    private static OfficialList Parse(string text)
    {
        var rows = new List<(OfficialMunicipality Municipality, string County)>();
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1))
        {
            string[] fields = line.Split(',');
            var municipality = new OfficialMunicipality(
                MunicipalityCode.Parse(fields[0]),
                fields[1].Normalize(NormalizationForm.FormC),
                long.Parse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture));
            rows.Add((municipality, fields[2].Normalize(NormalizationForm.FormC)));
        }

        ImmutableArray<OfficialMunicipality> all = [.. rows.Select(r => r.Municipality)];
        ImmutableArray<County> counties = [.. rows
            .GroupBy(r => r.Municipality.Code.CountyCode)
            .Select(g => new County(g.Key, g.First().County, [.. g.Select(r => r.Municipality)]))];
        return new OfficialList(all, counties);
    }

    private static string ReadEmbedded()
    {
        using Stream stream = typeof(OfficialList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The list of Swedish municipalities ({ResourceName}) is missing from the assembly.");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        return reader.ReadToEnd();
    }
}
