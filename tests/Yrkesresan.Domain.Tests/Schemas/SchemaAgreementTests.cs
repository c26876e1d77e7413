using System.Text.Json;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Courses.Occasions;
using Yrkesresan.Domain.Tests.Regions.Files;

namespace Yrkesresan.Domain.Tests.Schemas;

/// <summary>
/// The published JSON Schemas never accept a malformed file of the reader's suites that a schema can
/// judge (a type, a required or unknown field, a range, a pattern, an enum): the schema refuses it, at
/// the place the reader reports or its parent, and so does the reader. An editor that checks a file
/// as it is typed then never disagrees with the tool, except on what <see cref="BeyondTheSchema"/>
/// lists with its reason. The cases are the suites' own theory data, not copies.
/// </summary>
public sealed class SchemaAgreementTests
{
    private static readonly IReadOnlyDictionary<string, string> RegionFiles = CasesOf(
        MalformedRegionFileTests.WholeFiles,
        MalformedRegionFileTests.Municipalities,
        MalformedRegionFileTests.FixedCostsAndMemberships,
        MalformedRegionFileTests.FeeSchedules,
        MalformedRegionFileTests.EligibilityPolicies,
        MalformedRegionFileTests.Catalogues,
        MalformedRegionFileTests.FollowUps,
        OfficialPairFileTests.OfficialPairs,
        PlaceholderFileTests.Placeholders);

    private static readonly IReadOnlyDictionary<string, string> LedgerFiles = CasesOf(
        MalformedLedgerFileTests.WholeFiles,
        MalformedLedgerFileTests.Occasions,
        MalformedLedgerFileTests.WorkingDays);

    public static TheoryData<string> RegionCases => new(RegionFiles.Keys);

    public static TheoryData<string> LedgerCases => new(LedgerFiles.Keys);

    [Theory]
    [MemberData(nameof(RegionCases))]
    [Trait("Contract", "JSON Schema")]
    public void Every_malformed_region_file_a_schema_can_judge_is_refused_by_the_schema_and_by_the_reader(string change)
    {
        string json = RegionFiles[change];
        RegionFileResult read = RegionFile.Parse(json, RegionFileText.FileName);
        Assert.False(read.IsValid, $"the reader accepts '{change}'");
        AssertJudged(PublishedSchema.Region, BeyondTheSchema.RegionFiles, change, json, read.Problems);
    }

    [Theory]
    [MemberData(nameof(LedgerCases))]
    [Trait("Contract", "JSON Schema")]
    public void Every_malformed_ledger_file_a_schema_can_judge_is_refused_by_the_schema_and_by_the_reader(string change)
    {
        string json = LedgerFiles[change];
        LedgerFileResult read = LedgerFile.Parse(json, LedgerFileText.FileName, Norrbotten.Region);
        Assert.False(read.IsValid, $"the reader accepts '{change}'");
        AssertJudged(PublishedSchema.Ledger, BeyondTheSchema.LedgerFiles, change, json, read.Problems);
    }

    [Fact]
    [Trait("Contract", "JSON Schema")]
    public void Every_case_listed_as_beyond_the_schema_is_a_case_of_the_suites_with_a_reason()
    {
        Assert.Empty(BeyondTheSchema.RegionFiles.Keys.Except(RegionFiles.Keys));
        Assert.Empty(BeyondTheSchema.LedgerFiles.Keys.Except(LedgerFiles.Keys));
        Assert.All(BeyondTheSchema.RegionFiles.Values.Concat(BeyondTheSchema.LedgerFiles.Values), reason => Assert.False(string.IsNullOrWhiteSpace(reason)));

        // Most of the suites' cases are for the schema to judge too; the list is of exceptions.
        Assert.True(RegionFiles.Count - BeyondTheSchema.RegionFiles.Count >= 60, "fewer than 60 malformed region files are judged by the schema");
        Assert.True(LedgerFiles.Count - BeyondTheSchema.LedgerFiles.Count >= 45, "fewer than 45 malformed ledger files are judged by the schema");
    }

    private static void AssertJudged(PublishedSchema schema, IReadOnlyDictionary<string, string> beyond, string change, string json, IEnumerable<DataFileProblem> problems)
    {
        string reader = string.Join("; ", problems.Select(p => $"{p.Path}: {p.Message}"));
        if (beyond.TryGetValue(change, out string? reason))
        {
            if (reason == BeyondTheSchema.NotJson)
            {
                Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(json).Dispose());
                return;
            }

            SchemaError[] unexpected = schema.Errors(json);
            Assert.True(
                unexpected.Length == 0,
                $"{schema} now refuses '{change}' ({string.Join("; ", unexpected.AsEnumerable())}); take it off the list of {nameof(BeyondTheSchema)}, which says: {reason}");
            return;
        }

        SchemaError[] errors = schema.Errors(json);
        Assert.True(
            errors.Length > 0,
            $"{schema} accepts '{change}', which the reader refuses ({reader}). Make the schema refuse it, or list it in {nameof(BeyondTheSchema)} with the reason a schema cannot judge it.");
        string[] places = [.. problems.Select(p => JsonPointer(p.Path))];
        Assert.True(
            errors.Any(e => places.Any(place => Related(e.Location, place))),
            $"{schema} refuses '{change}' elsewhere ({string.Join("; ", errors.AsEnumerable())}) than the reader ({reader})");
    }

    /// <summary>Whether two JSON Pointers are one place, or one holds the other (a missing field is the schema's error at its object).</summary>
    private static bool Related(string a, string b) =>
        a == b || b.StartsWith(a + "/", StringComparison.Ordinal) || a.StartsWith(b + "/", StringComparison.Ordinal);

    /// <summary>The JSON Pointer of a reader's JSON path: <c>$.municipalities[1].code</c> is <c>/municipalities/1/code</c>, <c>$['$schema']</c> is <c>/$schema</c>.</summary>
    private static string JsonPointer(string path)
    {
        var pointer = new System.Text.StringBuilder();
        int i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                pointer.Append('/').Append(path, i + 1, end - i - 1);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                pointer.Append('/').Append(path, i + 2, end - i - 2);
                i = end + 2;
            }
            else
            {
                int end = path.IndexOf(']', i);
                pointer.Append('/').Append(path, i + 1, end - i - 1);
                i = end + 1;
            }
        }

        return pointer.ToString();
    }

    private static Dictionary<string, string> CasesOf(params IEnumerable<object?[]>[] suites) =>
        suites.SelectMany(suite => suite).ToDictionary(row => (string)row[0]!, row => (string)row[1]!);
}
