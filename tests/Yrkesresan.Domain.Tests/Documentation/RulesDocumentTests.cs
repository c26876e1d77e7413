using System.Text.RegularExpressions;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.Documentation;

/// <summary>
/// docs/rules.md is the map from each rule to the tests that hold it. These tests keep the map true:
/// every test of the library and of the tool is listed, by its sentence, under the rule (or contract)
/// it is tagged with, so the document cannot fall behind the suite.
/// </summary>
public partial class RulesDocumentTests
{
    private static readonly string Document = File.ReadAllText(Repository.PathOf("docs", "rules.md")).ReplaceLineEndings("\n");

    private static List<(string Kind, string Key, string Sentence)> TaggedTests()
    {
        var data = new List<(string Kind, string Key, string Sentence)>();
        foreach (string file in SourceFiles())
        {
            foreach (Match match in TaggedTest().Matches(File.ReadAllText(file)))
            {
                data.Add((match.Groups["kind"].Value, match.Groups["key"].Value, match.Groups["name"].Value.Replace('_', ' ')));
            }
        }

        return data;
    }

    private static IEnumerable<string> SourceFiles() =>
        from project in new[] { "Yrkesresan.Domain.Tests", "Yrkesresan.Cli.Tests" }
        from file in Directory.EnumerateFiles(Repository.PathOf("tests", project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
        select file;

    [Fact]
    [Trait("Contract", "documentation")]
    public void Every_test_is_listed_in_the_rules_document_under_the_rule_it_holds()
    {
        string[] missing =
        [
            .. TaggedTests()
                .Where(t => !string.Concat(Sections(t.Kind == "Rule" ? [$"### {t.Key}:", $"### {t.Key} (tool)"] : [$"### Contract: {t.Key}"]))
                    .Contains($"  - {t.Sentence}\n", StringComparison.Ordinal))
                .Select(t => $"{t.Kind} {t.Key}: {t.Sentence}"),
        ];
        Assert.True(missing.Length == 0, "docs/rules.md does not list these tests under their rule:\n" + string.Join("\n", missing));
    }

    [Fact]
    [Trait("Contract", "documentation")]
    public void The_tests_are_found_in_both_test_projects()
    {
        List<(string Kind, string Key, string Sentence)> tests = TaggedTests();
        Assert.True(tests.Count > 150, $"only {tests.Count} tagged tests were found; has the tagging changed?");
        Assert.Contains(tests, t => t.Sentence == "Each part is the floor or the ceiling of its exact quota");
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

    private static IEnumerable<string> Sections(string[] headings)
    {
        foreach (string heading in headings)
        {
            int start = Document.IndexOf("\n" + heading, StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            int end = NextHeading().Match(Document, start + 1 + heading.Length) is { Success: true } next ? next.Index : Document.Length;
            yield return Document[start..end];
        }
    }

    [GeneratedRegex("""\[(?:(?<kind>Rule)\(|Trait\("(?<kind>Contract)", )"(?<key>[^"]+)"\)\](?:\s*\[[^\n]*\])*\s*public (?:async Task|void) (?<name>\w+)\(""")]
    private static partial Regex TaggedTest();

    [GeneratedRegex("""\[Trait\("Rule", "[^"]*"\)\]""")]
    private static partial Regex PlainRuleTrait();

    [GeneratedRegex(@"\n#{2,3} ")]
    private static partial Regex NextHeading();
}
