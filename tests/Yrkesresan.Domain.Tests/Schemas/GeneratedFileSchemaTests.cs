using FsCheck;
using FsCheck.Fluent;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Schemas;

/// <summary>
/// The converse of <see cref="SchemaAgreementTests"/> on random files: a file the reader accepts is
/// never refused by its published schema, even with <c>"format": "date"</c> checked, so an editor does
/// not mark a file the tool takes.
/// </summary>
public sealed class GeneratedFileSchemaTests
{
    private static readonly Region Vasterbotten = RegionFile.Read(Repository.PathOf("docs", "examples", "vasterbotten.json")).Region;

    [Fact]
    [Trait("Contract", "JSON Schema")]
    public void Every_generated_region_file_the_reader_accepts_passes_the_region_schema()
    {
        Properties.ForAll(RegionFileGenerator.Files, json =>
        {
            RegionFileResult read = RegionFile.Parse(json, "region.json");
            Assert.True(read.IsValid, string.Join("\n", read.Problems.Select(p => p.ToString())) + "\n" + json);
            SchemaError[] errors = PublishedSchema.Region.Errors(json, assertFormats: true);
            Assert.True(errors.Length == 0, string.Join("\n", errors.AsEnumerable()) + "\n" + json);
        });
    }

    [Fact]
    [Trait("Contract", "JSON Schema")]
    public void Every_generated_ledger_written_as_a_file_passes_the_ledger_schema_and_the_reader()
    {
        Gen<(Region Region, CourseOccasion[] Occasions)> ledgers = Gen.OneOf(
            FewOccasions(RegionLedgerGenerator.For(Norrbotten.Region, Enumerable.Range(2021, 5))),
            FewOccasions(RegionLedgerGenerator.For(Vasterbotten, Enumerable.Range(2023, 3))));
        Properties.ForAll(ledgers, ledger =>
        {
            string json = LedgerFileWriter.Write(ledger.Occasions);
            LedgerFileResult read = LedgerFile.Parse(json, "ledger.json", ledger.Region);
            Assert.True(read.IsValid, string.Join("\n", read.Problems.Select(p => p.ToString())) + "\n" + json);
            Assert.Equal(ledger.Occasions.Length, read.Ledger.Occasions.Length);
            SchemaError[] errors = PublishedSchema.Ledger.Errors(json, assertFormats: true);
            Assert.True(errors.Length == 0, string.Join("\n", errors.AsEnumerable()) + "\n" + json);
        });
    }

    /// <summary>Ledgers of 0 to 4 occasions: the schema judges each occasion alone, so a few show every shape, at a fraction of the cost of long ledgers.</summary>
    private static Gen<(Region Region, CourseOccasion[] Occasions)> FewOccasions(RegionLedgerGenerator generator) =>
        from count in Gen.Choose(0, 4)
        from occasions in Gen.CollectToArray(Enumerable.Range(0, count).Select(i => generator.Occasion($"o{i}")))
        select (generator.Region, occasions);
}
