using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Schemas;

/// <summary>
/// The files the documentation and the tool hand out pass their published schema, with
/// <c>"format": "date"</c> checked too, as the strictest editor would: the examples of
/// <c>docs/examples</c> and the built-in Norrbotten file that <c>yrkesresan region --export norrbotten</c>
/// prints (it prints <see cref="Norrbotten.RegionFileText"/>).
/// </summary>
public sealed class SchemaExampleTests
{
    private static readonly string Examples = Repository.PathOf("docs", "examples");

    public static TheoryData<string> ExampleFiles => new(Directory.GetFiles(Examples, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    [Trait("Contract", "JSON Schema")]
    public void Every_example_file_of_the_documentation_passes_its_schema(string file)
    {
        PublishedSchema schema = file.EndsWith("-ledger.json", StringComparison.Ordinal) ? PublishedSchema.Ledger : PublishedSchema.Region;
        Assert.Empty(schema.Errors(File.ReadAllText(Path.Combine(Examples, file)), assertFormats: true));
    }

    [Fact]
    [Trait("Contract", "JSON Schema")]
    public void The_examples_hold_region_files_and_ledger_files()
    {
        string[] files = [.. Directory.GetFiles(Examples, "*.json")];
        Assert.Contains(files, f => f.EndsWith("-ledger.json", StringComparison.Ordinal));
        Assert.Contains(files, f => !f.EndsWith("-ledger.json", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Contract", "JSON Schema")]
    public void The_built_in_Norrbotten_file_and_its_export_pass_the_region_schema()
    {
        Assert.Empty(PublishedSchema.Region.Errors(File.ReadAllText(Repository.PathOf("src", "Yrkesresan.Domain", "Regions", "Data", "norrbotten.json")), assertFormats: true));
        Assert.Empty(PublishedSchema.Region.Errors(Norrbotten.RegionFileText, assertFormats: true));
    }
}
