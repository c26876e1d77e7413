using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Yrkesresan.Domain.Tests.Documentation;

/// <summary>
/// <c>dotnet test --filter Category=ALLOC-2</c> runs a rule's C# tests and its Swedish scenarios together:
/// Reqnroll gives each scenario tagged <c>@ALLOC-2</c> the trait <c>Category=ALLOC-2</c> (checked in the
/// specification project), and <see cref="RuleAttribute"/> gives the C# tests the same trait, beside
/// <c>Rule=ALLOC-2</c>. This test asks xunit for the traits the way its discovery does.
/// </summary>
public class RuleTraitTests
{
    [Fact]
    [Trait("Contract", "documentation")]
    public void A_test_tagged_with_a_rule_carries_it_as_the_traits_Rule_and_Category()
    {
        MethodInfo sample = typeof(RuleTraitTests).GetMethod(nameof(Sample), BindingFlags.NonPublic | BindingFlags.Static)!;
        IAttributeInfo rule = Reflector.Wrap(sample.CustomAttributes.Single(a => a.AttributeType == typeof(RuleAttribute)));
        IAttributeInfo discovererAttribute = rule.GetCustomAttributes(typeof(TraitDiscovererAttribute)).Single();

        var sink = new NullMessageSink();
        ITraitDiscoverer discoverer = ExtensibilityPointFactory.GetTraitDiscoverer(sink, discovererAttribute);

        Assert.NotNull(discoverer);
        Assert.Equal(
            [new("Rule", "ALLOC-2"), new("Category", "ALLOC-2")],
            discoverer.GetTraits(rule).ToArray());
    }

    // Tagged as a test of ALLOC-2 would be; not a test itself.
    [Rule("ALLOC-2")]
    private static void Sample()
    {
    }
}
