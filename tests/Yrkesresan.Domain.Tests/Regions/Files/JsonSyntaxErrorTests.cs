using System.Text;
using Yrkesresan.Domain.Courses.Occasions;
using Yrkesresan.Domain.Regions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Regions.Files;

/// <summary>
/// A file that is not valid JSON gets one problem in plain words, not the JSON reader's own text, on the line of the
/// mistake and with its column (in characters), for region and ledger files alike (decision 0024).
/// </summary>
public sealed class JsonSyntaxErrorTests
{
    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "a comma before }", "{\n  \"name\": \"X\",\n}", "region.json:2: $: a comma before } is not allowed in JSON (column 14)" },
        { "a comma before ]", "{\"a\": [1, 2,]}", "region.json:1: $: a comma before ] is not allowed in JSON (column 12)" },
        { "typographic quotes around a value", "{\n  \"name\": \u201CNorrbotten\u201D\n}", "region.json:2: $: \u201C and \u201D are not JSON quotes; use \" (column 11)" },
        { "typographic quotes around a field name", "{\n  \u201Cname\u201D: \"X\"\n}", "region.json:2: $: \u201C and \u201D are not JSON quotes; use \" (column 3)" },
        { "Swedish typographic quotes", "{\n  \"name\": \u201DNorrbotten\u201D\n}", "region.json:2: $: \u201C and \u201D are not JSON quotes; use \" (column 11)" },
        { "a missing comma between fields", "{\n  \"name\": \"X\"\n  \"source\": \"Y\"\n}", "region.json:3: $: a comma is missing between this and the value before it (column 3)" },
        { "a missing comma between objects", "{\"a\": [{\"x\": 1} {\"x\": 2}]}", "region.json:1: $: a comma is missing between this and the value before it (column 17)" },
        { "a missing comma after a name with å", "{\n  \"name\": \"Luleå\" \"x\"\n}", "region.json:2: $: a comma is missing between this and the value before it (column 19)" },
        { "a // comment", "{\n  \"name\": \"X\", // the name\n}", "region.json:2: $: // starts a comment, and JSON has no comments (column 16)" },
        { "a /* comment", "{\n  /* region */\n  \"name\": \"X\"\n}", "region.json:2: $: /* starts a comment, and JSON has no comments (column 3)" },
        { "a text not closed", "{\n  \"name\": \"Norrbotten,\n  \"source\": \"Y\"\n}", "region.json:2: $: a text in quotes is not closed: its closing \" is missing before the end of the line (column 11)" },
        { "a file cut short", "{\n  \"name\": \"X\",\n  \"municipalities\": [\n", "region.json:3: $: the file ends before its JSON is complete: a closing } or ] is missing, or the file is cut short (column 22)" },
        { "a file cut short in a text", "{\n  \"name\": \"Norr", "region.json:2: $: the file ends before its JSON is complete: a closing } or ] is missing, or the file is cut short (column 16)" },
        { "a value in single quotes", "{\n  \"name\": 'X'\n}", "region.json:2: $: JSON writes text in double quotes: use \" instead of ' (column 11)" },
        { "a field name in single quotes", "{\n  'name': \"X\"\n}", "region.json:2: $: JSON writes text in double quotes: use \" instead of ' (column 3)" },
        { "a missing value before a comma", "{\n  \"name\": ,\n  \"source\": \"Y\"\n}", "region.json:2: $: a value is missing before , (column 11)" },
        { "a missing value before }", "{\n  \"name\":\n}", "region.json:3: $: a value is missing before } (column 1)" },
        { "two commas in a list", "{\"a\": [1,,2]}", "region.json:1: $: a value is missing before , (column 10)" },
        { "something after the end", "{\"name\": \"X\"}}", "region.json:1: $: the JSON ends before this }: a file holds one JSON object and nothing after it (column 14)" },
        { "a CSV file", "name,population\nLuleå,1\n", "region.json:1: $: the file is not JSON: a JSON file starts with {, not name (column 1)" },
        { "a file that starts with ]", "]", "region.json:1: $: the file is not JSON: a JSON file starts with {, not ] (column 1)" },
        { "a missing colon", "{\n  \"name\" \"X\"\n}", "region.json:2: $: a colon (:) is missing after the field name (column 10)" },
        { "a field name without quotes", "{\n  name: \"X\"\n}", "region.json:2: $: a field name is written in double quotes, e.g. \"name\" (column 3)" },
        { "a word without quotes", "{\n  \"name\": Norrbotten\n}", "region.json:2: $: Norrbotten is not a JSON value: text is written in double quotes, and true, false and null in lower case (column 11)" },
        { "True with a capital", "{\"a\": True}", "region.json:1: $: True is not a JSON value: text is written in double quotes, and true, false and null in lower case (column 7)" },
        { "a number with a leading zero", "{\n  \"population\": 0300\n}", "region.json:2: $: 0300 is not a number JSON can read: no leading zeros, and a point before decimals (column 17)" },
        { "a backslash that escapes nothing", "{\n  \"source\": \"C:\\data\\x.json\"\n}", "region.json:2: $: \\d is not an escape JSON knows; write \\\\ for a backslash (column 16)" },
        { "a tab in a text", "{\n  \"name\": \"a\tb\"\n}", "region.json:2: $: U+0009 must be written as an escape inside a text, e.g. \\t for a tab (column 13)" },
        { "brackets that do not match", "{\"a\": [1}", "region.json:1: $: } does not close the open [ (column 9)" },
        { "nesting too deep", "{\"a\":" + new string('[', 64) + new string(']', 64) + "}", "region.json:1: $: objects and arrays are nested more than 64 deep (column 69)" },
        { "a character out of place", "{\n  \"name\": \"X\" ;\n}", "region.json:2: $: ; is not allowed here in JSON (column 15)" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    [Trait("Contract", "region-file")]
    public void A_JSON_mistake_is_one_problem_in_plain_words_with_its_line_and_column(string mistake, string json, string expected)
    {
        RegionFileResult result = RegionFile.Parse(json, "region.json");

        Assert.Equal([expected], result.Problems.Select(p => p.ToString()));
        Assert.DoesNotContain("invalid", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Expected", result.Problems[0].Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(result.Problems[0].Code), mistake);
    }

    [Fact]
    [Trait("Contract", "ledger-file")]
    public void A_ledger_file_s_JSON_mistakes_are_told_in_the_same_words()
    {
        LedgerFileResult result = LedgerFile.Parse("{\n  \"occasions\": [\n    { \u201Cid\u201D: \"1\" }\n  ]\n}\n", "ledger.json", Norrbotten.Region);

        Assert.Equal(["ledger.json:3: $: \u201C and \u201D are not JSON quotes; use \" (column 7)"], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    [Trait("Contract", "region-file")]
    public void The_column_of_a_mistake_on_the_first_line_does_not_count_a_byte_order_mark()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"a\": 1,}")];

        Assert.Equal(["region.json:1: $: a comma before } is not allowed in JSON (column 8)"], RegionFile.Parse(json, "region.json").Problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("{\n  \"name\": \"X\",\n}", "region.json:2: $: ett kommatecken före } är inte tillåtet i JSON (kolumn 14)")]
    [InlineData("{\n  \"name\": \u201CNorrbotten\u201D\n}", "region.json:2: $: \u201C och \u201D är inte citattecken i JSON; använd \" (kolumn 11)")]
    [InlineData("{\n  \"name\": \"X\"\n  \"source\": \"Y\"\n}", "region.json:3: $: ett kommatecken saknas mellan detta och värdet före (kolumn 3)")]
    [InlineData("{\n  \"name\": \"X\",\n  \"municipalities\": [\n", "region.json:3: $: filen tar slut innan dess JSON är komplett: ett avslutande } eller ] saknas, eller så är filen avkortad (kolumn 22)")]
    [InlineData("{\n  // region\n}", "region.json:2: $: // inleder en kommentar, och JSON har inga kommentarer (kolumn 3)")]
    [InlineData("{\n  \"name\": 'X'\n}", "region.json:2: $: JSON skriver text inom dubbla citattecken: använd \" i stället för ' (kolumn 11)")]
    [Trait("Contract", "Swedish and English")]
    public void A_JSON_mistake_is_told_in_Swedish_under_a_Swedish_culture(string json, string expected)
    {
        RegionFileResult result = Culture.InSwedish(() => RegionFile.Parse(json, "region.json"));

        Assert.Equal([expected], result.Problems.Select(p => p.ToString()));
    }
}
