using System.Text.RegularExpressions;
using System.Xml.Linq;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Localization;

/// <summary>
/// Every text a person reads exists in English and Swedish: each <c>*Texts.resx</c> of the library and
/// the tool (English, the neutral language) has a Swedish satellite <c>*Texts.sv.resx</c> with the same
/// keys and the same values to fill in, and no Swedish text is the English one left untranslated
/// (except names and codes, whose comment says "same in both").
/// </summary>
public sealed partial class ResourceFileTests
{
    private const string SameInBoth = "same in both";

    public static TheoryData<string> NeutralFiles() => [.. Neutral()];

    private static string[] Neutral() =>
    [
        .. Directory.EnumerateFiles(Repository.PathOf("src"), "*Texts.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void The_library_and_the_tool_keep_their_texts_in_resource_files()
    {
        string[] files = Neutral();
        Assert.Contains(files, f => f.StartsWith("src/Yrkesresan.Domain/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("src/Yrkesresan.Cli/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    [Trait("Contract", "Swedish and English")]
    public void Every_English_text_has_a_Swedish_text_and_no_Swedish_text_is_without_an_English_one(string neutral)
    {
        Dictionary<string, Entry> english = Read(neutral);
        Dictionary<string, Entry> swedish = Read(SwedishOf(neutral));
        Assert.Empty(english.Keys.Except(swedish.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(swedish.Keys.Except(english.Keys).Order(StringComparer.Ordinal));
        Assert.NotEmpty(english);
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    [Trait("Contract", "Swedish and English")]
    public void No_text_is_blank_and_no_Swedish_text_is_the_English_one_untranslated(string neutral)
    {
        Dictionary<string, Entry> english = Read(neutral);
        Dictionary<string, Entry> swedish = Read(SwedishOf(neutral));
        string[] problems =
        [
            .. english.Where(e => string.IsNullOrWhiteSpace(e.Value.Text)).Select(e => $"{e.Key}: the English text is blank"),
            .. swedish.Where(e => string.IsNullOrWhiteSpace(e.Value.Text)).Select(e => $"{e.Key}: the Swedish text is blank"),
            .. english.Where(e => swedish.TryGetValue(e.Key, out Entry? sv)
                                  && string.Equals(sv.Text, e.Value.Text, StringComparison.Ordinal)
                                  && !(e.Value.Comment ?? string.Empty).Contains(SameInBoth, StringComparison.OrdinalIgnoreCase))
                .Select(e => $"{e.Key}: the Swedish text is the English one ('{e.Value.Text}'); translate it, or mark a name or code '{SameInBoth}'"),
        ];
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    [Trait("Contract", "Swedish and English")]
    public void Both_languages_fill_in_the_same_values(string neutral)
    {
        Dictionary<string, Entry> english = Read(neutral);
        Dictionary<string, Entry> swedish = Read(SwedishOf(neutral));
        string[] problems =
        [
            .. english.Where(e => swedish.ContainsKey(e.Key)
                                  && !Placeholders(e.Value.Text).SetEquals(Placeholders(swedish[e.Key].Text)))
                .Select(e => $"{e.Key}: English fills in {{{string.Join("}, {", Placeholders(e.Value.Text).Order())}}}, Swedish {{{string.Join("}, {", Placeholders(swedish[e.Key].Text).Order())}}}"),
        ];
        Assert.Empty(problems);
    }

    [Fact]
    [Trait("Contract", "Swedish and English")]
    public void A_key_names_one_text_in_its_assembly_so_that_a_code_means_one_thing()
    {
        string[] repeated =
        [
            .. Neutral()
                .SelectMany(file => Read(file).Keys.Select(key => (Assembly: file.Split('/')[1], Key: key, File: file)))
                .GroupBy(k => (k.Assembly, k.Key))
                .Where(g => g.Count() > 1)
                .Select(g => $"{g.Key.Key} is in {string.Join(" and ", g.Select(k => k.File))}"),
        ];
        Assert.Empty(repeated);
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    [Trait("Contract", "Swedish and English")]
    public void Every_text_is_used_by_the_code_of_its_assembly(string neutral)
    {
        string className = Path.GetFileNameWithoutExtension(neutral);
        string project = string.Join('/', neutral.Split('/').Take(2));
        string code = string.Join(
            '\n',
            Directory.EnumerateFiles(Repository.PathOf(project.Split('/')), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(File.ReadAllText));
        string[] unused =
        [
            .. Read(neutral).Keys
                .Where(key => !Regex.IsMatch(code, $@"\b{className}\.{key}\b", RegexOptions.None, TimeSpan.FromSeconds(10)))
                .Order(StringComparer.Ordinal),
        ];
        Assert.Empty(unused);
    }

    private static string SwedishOf(string neutral) => neutral[..^".resx".Length] + ".sv.resx";

    private static HashSet<int> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static Dictionary<string, Entry> Read(string relative)
    {
        string path = Repository.PathOf(relative.Split('/'));
        Assert.True(File.Exists(path), $"{relative} is missing");
        return XDocument.Load(path).Root!.Elements("data").ToDictionary(
            d => (string)d.Attribute("name")!,
            d => new Entry((string?)d.Element("value") ?? string.Empty, (string?)d.Element("comment")),
            StringComparer.Ordinal);
    }

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    private sealed record Entry(string Text, string? Comment);
}
