using System.Text.RegularExpressions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Documentation;

/// <summary>
/// docs/rules.md is the map from each rule to what holds it: its Swedish feature file and the C# test
/// classes, by project. These tests keep the map true: every class with a test tagged with a rule (or a
/// contract) is listed under that rule's section, and no section lists a class that no longer holds a
/// test of it, so the document cannot fall behind the suite. <c>python3 tools/regen-rules-tests.py</c>
/// writes the lists; the specification project's <c>RuleCoverageTests</c> check the feature files.
/// </summary>
public partial class RulesDocumentTests
{
    private static readonly string Document = File.ReadAllText(Repository.PathOf("docs", "rules.md")).ReplaceLineEndings("\n");

    private static readonly string[] Projects = ["Yrkesresan.Domain.Tests", "Yrkesresan.Cli.Tests", "Yrkesresan.Specification"];

    /// <summary>Every tagged test: its kind (Rule or Contract), the rule or contract, its file relative to docs/, and its sentence.</summary>
    private static List<(string Kind, string Key, string File, string Sentence)> TaggedTests() =>
    [
        .. from file in SourceFiles()
           from Match match in TaggedTest().Matches(File.ReadAllText(file))
           select (match.Groups["kind"].Value, match.Groups["key"].Value,
               Path.GetRelativePath(Repository.PathOf("docs"), file).Replace(Path.DirectorySeparatorChar, '/'),
               match.Groups["name"].Value.Replace('_', ' ')),
    ];

    private static IEnumerable<string> SourceFiles() =>
        from project in Projects
        from file in Directory.EnumerateFiles(Repository.PathOf("tests", project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
        select file;

    [Fact]
    [Trait("Contract", "documentation")]
    public void Every_test_s_class_is_listed_in_the_rules_document_under_the_rule_it_holds()
    {
        string[] missing =
        [
            .. TaggedTests()
                .Where(t => Section(t.Kind, t.Key) is not { } section || !ListedClasses(section).Contains(t.File))
                .Select(t => $"{t.Kind} {t.Key}: {t.File} ({t.Sentence})"),
        ];
        Assert.True(missing.Length == 0, "docs/rules.md does not list these tests' classes under their rule (python3 tools/regen-rules-tests.py):\n" + string.Join("\n", missing));
    }

    [Fact]
    [Trait("Contract", "documentation")]
    public void The_rules_document_lists_no_class_under_a_rule_that_none_of_its_tests_holds()
    {
        var held = TaggedTests().Select(t => (t.Kind, t.Key, t.File)).ToHashSet();
        string[] stale =
        [
            .. from heading in Heading().Matches(Document)
               let kind = heading.Groups["rule"].Success ? "Rule" : "Contract"
               let key = heading.Groups["rule"].Success ? heading.Groups["rule"].Value : heading.Groups["contract"].Value
               from file in ListedClasses(Section(kind, key)!)
               where !held.Contains((kind, key, file))
               select $"{kind} {key}: {file}",
        ];
        Assert.True(stale.Length == 0, "docs/rules.md lists classes that hold no test of the rule (python3 tools/regen-rules-tests.py):\n" + string.Join("\n", stale));
    }

    [Fact]
    [Trait("Contract", "documentation")]
    public void The_tests_are_found_in_both_test_projects()
    {
        List<(string Kind, string Key, string File, string Sentence)> tests = TaggedTests();
        Assert.True(tests.Count > 150, $"only {tests.Count} tagged tests were found; has the tagging changed?");
        Assert.Contains(tests, t => t.Sentence == "Each part is the floor or the ceiling of its exact quota" && t.Kind == "Rule");
        Assert.Contains(tests, t => t.Key.StartsWith("yrkesresan", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Contract", "documentation")]
    public void Every_test_names_its_rule_with_the_Rule_attribute_so_one_filter_finds_it_with_the_rule_s_scenarios()
    {
        // A plain xunit trait named Rule gives that trait only; [Rule("X")] gives Category=X too, the trait of
        // the Swedish scenarios tagged @X. python3 tools/regen-rules-tests.py rewrites the old form.
        string[] plain =
        [
            .. SourceFiles().SelectMany(file => PlainRuleTrait().Matches(File.ReadAllText(file))
                .Select(m => $"{Path.GetRelativePath(Repository.PathOf("tests"), file)}: {m.Value}")),
        ];
        Assert.True(plain.Length == 0, "use [Rule(\"ID\")] instead of [Trait(\"Rule\", \"ID\")] (python3 tools/regen-rules-tests.py rewrites them):\n" + string.Join("\n", plain));
    }

    /// <summary>The section of a rule (<c>### ID: title</c>) or a contract (<c>### Contract: KEY</c>), up to the next heading.</summary>
    private static string? Section(string kind, string key)
    {
        Match heading = Heading().Matches(Document).FirstOrDefault(m => kind == "Rule" ? m.Groups["rule"].Value == key : m.Groups["contract"].Value == key)
            ?? Match.Empty;
        if (!heading.Success)
        {
            return null;
        }

        int end = NextHeading().Match(Document, heading.Index + heading.Length) is { Success: true } next ? next.Index : Document.Length;
        return Document[heading.Index..end];
    }

    /// <summary>The test classes a section's Tests block links, by their path relative to docs/.</summary>
    private static HashSet<string> ListedClasses(string section)
    {
        int tests = section.IndexOf("**Tests:**", StringComparison.Ordinal);
        return tests < 0 ? [] : [.. ClassLink().Matches(section[tests..]).Select(m => m.Groups["path"].Value)];
    }

    [GeneratedRegex("""\[(?:(?<kind>Rule)\(|Trait\("(?<kind>Contract)", )"(?<key>[^"]+)"\)\](?:\s*\[[^\n]*\])*\s*public (?:async Task|void) (?<name>\w+)\(""")]
    private static partial Regex TaggedTest();

    [GeneratedRegex("""\[Trait\("Rule", "[^"]*"\)\]""")]
    private static partial Regex PlainRuleTrait();

    [GeneratedRegex(@"^### (?:(?<rule>[A-Z]+-\d+): .*|Contract: (?<contract>.+?))$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\n#{2,3} ")]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"\[`\w+`\]\((?<path>\.\./tests/[^)\s]+\.cs)\)")]
    private static partial Regex ClassLink();
}
