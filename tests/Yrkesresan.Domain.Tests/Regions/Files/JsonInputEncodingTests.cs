using System.Text;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Regions.Files;

/// <summary>
/// Region and ledger files are read in UTF-8, with or without a byte order mark, and in UTF-16 with one (Notepad may
/// add a UTF-8 BOM, Windows PowerShell 5.1 writes UTF-16 LE with a BOM): the same region or ledger as the plain file,
/// and problems on the same lines (decision 0024).
/// </summary>
public sealed class JsonInputEncodingTests
{
    private static readonly string NorrbottenLedger = File.ReadAllText(Repository.PathOf("docs", "examples", "norrbotten-2023-ledger.json"));

    public static TheoryData<string> Encodings => ["UTF-8 BOM", "UTF-16 LE BOM", "UTF-16 BE BOM"];

    [Theory]
    [MemberData(nameof(Encodings))]
    [Trait("Contract", "region-file")]
    public void Norrbotten_s_region_file_with_a_byte_order_mark_is_the_same_region_as_the_plain_file(string encoding)
    {
        Region plain = RegionFile.Parse(Encoding.UTF8.GetBytes(Norrbotten.RegionFileText), "norrbotten.json").Region;

        Region marked = RegionFile.Parse(Encode(Norrbotten.RegionFileText, encoding), "norrbotten.json").Region;

        Assert.Equal(Fingerprint(plain), Fingerprint(marked));
        Assert.Equal(14, marked.Municipalities.Length);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    [Trait("Contract", "ledger-file")]
    public void Norrbotten_s_example_ledger_with_a_byte_order_mark_is_the_same_ledger_as_the_plain_file(string encoding)
    {
        LedgerFileResult plain = LedgerFile.Parse(Encoding.UTF8.GetBytes(NorrbottenLedger), "ledger.json", Norrbotten.Region);

        LedgerFileResult marked = LedgerFile.Parse(Encode(NorrbottenLedger, encoding), "ledger.json", Norrbotten.Region);

        Assert.Equal(Fingerprint(plain.Ledger), Fingerprint(marked.Ledger));
        Assert.Equal<DataFileProblem>(plain.Notices, marked.Notices);
        Assert.NotEmpty(marked.Ledger.Occasions);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    [Trait("Contract", "region-file")]
    public void A_problem_in_a_file_with_a_byte_order_mark_is_on_the_same_line_as_in_the_plain_file(string encoding)
    {
        string json = RegionFileText.With("\"population\": 300", "\"population\": 0");

        RegionFileResult result = RegionFile.Parse(Encode(json, encoding), RegionFileText.FileName);

        Assert.Equal(["region.json:5: $.municipalities[1].population: must be at least 1, not 0"], result.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    [Trait("Contract", "region-file")]
    public void A_syntax_error_in_a_file_with_a_byte_order_mark_has_the_line_and_column_of_the_plain_file(string encoding)
    {
        string json = RegionFileText.With("\"Testlän\"", "\u201CTestlän\u201D");

        RegionFileResult result = RegionFile.Parse(Encode(json, encoding), RegionFileText.FileName);

        Assert.Equal(["region.json:2: $: \u201C and \u201D are not JSON quotes; use \" (column 11)"], result.Problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "region.json:1: $: the file is empty; a region file is one JSON object")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x20, 0x00 }, "region.json:1: $: the file is empty; a region file is one JSON object")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00, 0x00, 0xD8, 0x7D, 0x00 }, "region.json:1: $: the file starts with a UTF-16 byte order mark but is not UTF-16 (at offset 4); save it as UTF-8")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x7B, 0x00 }, "region.json:1: $: the file starts with a UTF-16 byte order mark but is not UTF-16 (at offset 4); save it as UTF-8")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x7B, 0x00, 0x00, 0x00 }, "region.json:1: $: the file is not UTF-8 (byte 0xFF at offset 0 starts no UTF-8 character); save it as UTF-8 without BOM")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x7B, 0xE4, 0x7D }, "region.json:1: $: the file is not UTF-8 (byte 0xE4 at offset 4 starts no UTF-8 character); save it as UTF-8 without BOM")]
    [Trait("Contract", "region-file")]
    public void A_byte_order_mark_alone_a_broken_UTF16_file_and_UTF32_are_each_one_problem(byte[] content, string expected)
    {
        RegionFileResult result = RegionFile.Parse(content, RegionFileText.FileName);

        Assert.Equal([expected], result.Problems.Select(p => p.ToString()));
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "UTF-8 BOM" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "UTF-16 LE BOM" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "UTF-16 BE BOM" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "not an encoding of the test"),
    };

    private static string[] Fingerprint(Region region) =>
    [
        region.Name,
        .. region.Municipalities.Select(m => $"{m} {m.Population} {m.PopulationDate}"),
        .. region.FixedCosts.Select(p => $"{p.FromYear} {p.AnnualAmount}"),
        .. region.Memberships.Select(p => $"{p.FromYear} {string.Join(",", p.Members)}"),
        region.FixedCostRounding.GetType().Name,
        $"{region.StatedPopulationTotal}",
        .. region.FeeSchedules!.Values.Select(v => $"{v.ValidFrom} {v.Value}"),
        .. region.Eligibility!.Values.Select(v => $"{v.ValidFrom} {v.Value}"),
        .. region.Catalogue.Courses.Select(c => $"{c} {c.CourseDays} {string.Join(";", c.Preparation.Concat(c.FollowUp).Select(t => $"{t.Title} {t.Goal.Level} {t.Goal.Text} {t.EstimatedMinutes} {t.Mode}"))}"),
        .. region.Catalogue.Routes.Select(r => $"{r.Step} {string.Join(",", r.Stops)} {r.IsComplete}"),
    ];

    private static string[] Fingerprint(Ledger ledger) =>
    [
        .. ledger.Occasions.Select(o =>
            $"{o} | {string.Join(",", o.Days)} | {string.Join(",", o.Participants)} | {string.Join(",", o.Trainers)} | {o.VenueFee} {o.WaivesFee}"),
        .. ledger.Notices.Select(n => n.ToString()),
    ];
}
