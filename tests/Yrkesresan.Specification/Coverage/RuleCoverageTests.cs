using System.Text.RegularExpressions;
using Gherkin.Ast;
using Xunit.Abstractions;
using Yrkesresan.Specification.Support;

namespace Yrkesresan.Specification.Coverage;

/// <summary>
/// The specification covers the rules: every rule of <c>docs/rules.md</c> (its <c>### ID: …</c> headings,
/// which mirror the brief) has a scenario tagged with it, no feature names a rule that does not exist, a
/// reader finds a rule by the file name, and each feature quotes its source.
/// </summary>
public sealed partial class RuleCoverageTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<string> Rules =
        [.. RuleHeading().Matches(File.ReadAllText(Repository.PathOf("docs/rules.md"))).Select(m => m.Groups["id"].Value)];

    [Fact]
    [Trait("Contract", "specification")]
    public void Every_rule_of_the_rules_document_has_a_scenario_tagged_with_it()
    {
        var scenarios = FeatureFiles.Scenarios().ToList();
        string[] uncovered = [.. Rules.Where(rule => !scenarios.Any(s => s.Tags.Contains("@" + rule)))];
        Assert.True(Rules.Count >= 30, $"docs/rules.md names only {Rules.Count} rules; are its '### ID: title' headings still there?");
        Assert.Empty(uncovered);

        int examples = scenarios.Sum(s => Math.Max(1, s.Scenario.Examples.Sum(e => e.TableBody.Count())));
        output.WriteLine($"{FeatureFiles.All.Count} features, {scenarios.Count} scenarios and outlines, {examples} examples run, {Rules.Count} rules");
        foreach (string rule in Rules)
        {
            output.WriteLine($"{rule}: {scenarios.Count(s => s.Tags.Contains("@" + rule))} scenario(s)");
        }
    }

    [Fact]
    [Trait("Contract", "specification")]
    public void Every_rule_a_feature_names_is_a_rule_of_the_rules_document()
    {
        string[] unknown =
        [
            .. FeatureFiles.Scenarios()
                .SelectMany(s => s.Tags.Where(t => RuleTag().IsMatch(t) && !Rules.Contains(t[1..])).Select(t => $"{s.File}: {t}"))
                .Distinct(),
        ];
        Assert.Empty(unknown);
    }

    [Fact]
    [Trait("Contract", "specification")]
    public void Every_rule_has_a_feature_file_named_by_it_which_the_rules_document_links()
    {
        // docs/rules.md lists the examples instead of the tests (python3 tools/regen-rules-tests.py writes the link).
        string document = File.ReadAllText(Repository.PathOf("docs/rules.md")).ReplaceLineEndings("\n");
        foreach (string rule in Rules)
        {
            string[] named = [.. FeatureFiles.All.Select(f => f.Path.Replace('\\', '/')).Where(p => Path.GetFileName(p).StartsWith(rule + " ", StringComparison.Ordinal))];
            Assert.True(named.Length == 1, $"{rule}: one feature file named '{rule} ….feature' in Features/, not {named.Length}");
            int start = document.IndexOf($"\n### {rule}: ", StringComparison.Ordinal);
            int end = document.IndexOf("\n#", start + 1, StringComparison.Ordinal);
            string section = document[start..(end < 0 ? document.Length : end)];
            Assert.True(
                section.Contains($"(<../tests/Yrkesresan.Specification/Features/{named[0]}>)", StringComparison.Ordinal),
                $"{rule}: docs/rules.md does not link Features/{named[0]} (python3 tools/regen-rules-tests.py)");
        }
    }

    [Fact]
    [Trait("Contract", "specification")]
    public void A_feature_file_named_by_a_rule_is_tagged_with_that_rule()
    {
        foreach ((string path, GherkinDocument document) in FeatureFiles.All)
        {
            Match named = LeadingRule().Match(Path.GetFileName(path));
            Assert.True(named.Success || document.Feature.Tags.Count() > 1, $"{path}: name the file by its rule, e.g. 'POT-2 fördelning efter utbildardagar.feature'");
            if (named.Success)
            {
                Assert.Contains("@" + named.Groups["id"].Value, document.Feature.Tags.Select(t => t.Name));
            }
        }
    }

    [Fact]
    [Trait("Contract", "specification")]
    public void Every_feature_is_Swedish_and_begins_with_its_quoted_source_and_the_decision()
    {
        foreach ((string path, GherkinDocument document) in FeatureFiles.All)
        {
            Assert.Equal("sv", document.Feature.Language);
            string description = document.Feature.Description ?? string.Empty;
            Assert.True(description.Contains("**Källa**", StringComparison.Ordinal) && description.Contains('«') && description.Contains('»'), $"{path}: the description quotes the seed, «…», after **Källa**");
            Assert.True(description.Contains("**Beslut**", StringComparison.Ordinal), $"{path}: the description states the decision after **Beslut**");
        }
    }

    [Fact]
    [Trait("Contract", "specification")]
    public void Every_column_of_an_examples_table_is_used_by_a_step_of_its_outline()
    {
        foreach (var (file, name, _, scenario) in FeatureFiles.Scenarios())
        {
            string steps = string.Join("\n", scenario.Steps.Select(step => step.Text + "\n" + StepArgument(step.Argument)));
            foreach (string column in scenario.Examples.SelectMany(e => e.TableHeader?.Cells.Select(c => c.Value) ?? []))
            {
                Assert.True(steps.Contains($"<{column}>", StringComparison.Ordinal), $"{file}: '{name}' has an examples column <{column}> that no step uses");
            }
        }
    }

    [Fact]
    [Trait("Contract", "specification")]
    public void Every_rule_s_scenarios_carry_its_ID_as_the_trait_Category_which_the_C_sharp_tests_share()
    {
        // Reqnroll writes a feature's tags as xunit traits Category=ID on the generated class (and a scenario's
        // on its method). The C# tests get Category=ID from [Rule("ID")], so "dotnet test --filter
        // Category=ID" selects both kinds; the library's test RuleTraitTests checks that side.
        HashSet<string> categories =
        [
            .. typeof(RuleCoverageTests).Assembly.GetTypes()
                .SelectMany(type => type.GetCustomAttributesData().Concat(type.GetMethods().SelectMany(m => m.GetCustomAttributesData())))
                .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Category")
                .Select(a => (string)a.ConstructorArguments[1].Value!),
        ];
        string[] missing = [.. Rules.Where(rule => !categories.Contains(rule))];
        Assert.True(missing.Length == 0, "no scenario carries Category=" + string.Join(", ", missing));
    }

    private static string StepArgument(StepArgument? argument) => argument switch
    {
        DataTable table => string.Join("\n", table.Rows.SelectMany(r => r.Cells.Select(c => c.Value))),
        DocString text => text.Content,
        _ => string.Empty,
    };

    [GeneratedRegex(@"^### (?<id>[A-Z]+-\d+): ", RegexOptions.Multiline)]
    private static partial Regex RuleHeading();

    [GeneratedRegex(@"^@[A-Z]+-\d+$")]
    private static partial Regex RuleTag();

    [GeneratedRegex(@"^(?<id>[A-Z]+-\d+) ")]
    private static partial Regex LeadingRule();
}
