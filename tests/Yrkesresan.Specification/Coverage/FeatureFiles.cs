using Gherkin;
using Gherkin.Ast;

namespace Yrkesresan.Specification.Coverage;

/// <summary>
/// The feature files of the specification, read with the Gherkin parser Reqnroll itself uses, and the
/// scenarios in them with their effective tags (the feature's, the rule's, the scenario's and its examples').
/// </summary>
internal static class FeatureFiles
{
    /// <summary>The folder of the feature files in the repository.</summary>
    public static string Folder => Support.Repository.PathOf("tests/Yrkesresan.Specification/Features");

    /// <summary>Every feature file, parsed, by its path relative to <see cref="Folder"/>.</summary>
    public static IReadOnlyList<(string Path, GherkinDocument Document)> All { get; } =
        [.. Directory.EnumerateFiles(Folder, "*.feature", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(Folder, path), new Parser().Parse(path)))];

    /// <summary>Every scenario (or scenario outline) of every feature, with its effective tags and examples rows.</summary>
    public static IEnumerable<(string File, string Name, IReadOnlySet<string> Tags, Scenario Scenario)> Scenarios() =>
        from feature in All
        let featureTags = feature.Document.Feature.Tags.Select(t => t.Name)
        from child in Children(feature.Document.Feature.Children, featureTags)
        select (feature.Path, child.Scenario.Name, (IReadOnlySet<string>)child.Tags.Concat(child.Scenario.Tags.Select(t => t.Name)).Concat(child.Scenario.Examples.SelectMany(e => e.Tags.Select(t => t.Name))).ToHashSet(StringComparer.Ordinal), child.Scenario);

    private static IEnumerable<(Scenario Scenario, IEnumerable<string> Tags)> Children(IEnumerable<IHasLocation> children, IEnumerable<string> tags)
    {
        foreach (IHasLocation child in children)
        {
            switch (child)
            {
                case Scenario scenario:
                    yield return (scenario, tags);
                    break;
                case Rule rule:
                    foreach (var inner in Children(rule.Children, tags.Concat(rule.Tags.Select(t => t.Name))))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }
}
