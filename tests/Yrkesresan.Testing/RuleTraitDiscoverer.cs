using Xunit.Abstractions;
using Xunit.Sdk;

namespace Yrkesresan.Testing;

/// <summary>Reports <see cref="RuleAttribute"/> as the traits <c>Rule=ID</c> and <c>Category=ID</c>.</summary>
public sealed class RuleTraitDiscoverer : ITraitDiscoverer
{
    /// <summary>This type's full name, as <see cref="TraitDiscovererAttribute"/> names it.</summary>
    public const string TypeName = "Yrkesresan.Testing.RuleTraitDiscoverer";

    /// <summary>This type's assembly, as <see cref="TraitDiscovererAttribute"/> names it.</summary>
    public const string AssemblyName = "Yrkesresan.Testing";

    /// <summary>The name of the trait that holds the rule alone.</summary>
    public const string RuleTrait = "Rule";

    /// <summary>The name of the trait Reqnroll gives a feature's tags, which the rule's scenarios carry too.</summary>
    public const string CategoryTrait = "Category";

    /// <inheritdoc />
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        ArgumentNullException.ThrowIfNull(traitAttribute);
        string id = traitAttribute.GetConstructorArguments().Cast<string>().Single();
        return [new(RuleTrait, id), new(CategoryTrait, id)];
    }
}
