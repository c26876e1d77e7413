using Xunit.Sdk;

namespace Yrkesresan.Testing;

/// <summary>
/// Tags a test with the rule of the brief it holds, <c>[Rule("ALLOC-2")]</c>. xunit reports it as two traits,
/// <c>Rule=ALLOC-2</c> and <c>Category=ALLOC-2</c> (<see cref="RuleTraitDiscoverer"/>). Reqnroll turns a
/// feature's tag <c>@ALLOC-2</c> into <c>Category=ALLOC-2</c>, so <c>dotnet test --filter Category=ALLOC-2</c>
/// runs the rule's C# tests and its Swedish scenarios together; <c>Rule=ALLOC-2</c> runs the C# tests alone.
/// </summary>
/// <param name="id">The rule's ID in the brief and <c>docs/rules.md</c>, e.g. <c>ALLOC-2</c>.</param>
[TraitDiscoverer(RuleTraitDiscoverer.TypeName, RuleTraitDiscoverer.AssemblyName)]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RuleAttribute(string id) : Attribute, ITraitAttribute
{
    /// <summary>The rule's ID, e.g. <c>ALLOC-2</c>.</summary>
    public string Id { get; } = id;
}
