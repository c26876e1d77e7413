using Yrkesresan.Cli.Output;

namespace Yrkesresan.Cli.Commands;

/// <summary>The options of <c>yrkesresan allocate</c>, as parsed from the command line.</summary>
/// <param name="RegionPath">The <c>--region</c> file, as the user gave it; <see langword="null"/> for the built-in Norrbotten.</param>
/// <param name="Total">The <c>--total</c> in whole kronor, when given.</param>
/// <param name="Year">The <c>--year</c>, when given.</param>
/// <param name="Format">The <c>--format</c>.</param>
/// <param name="Explain">Whether <c>--explain</c> was given.</param>
internal sealed record AllocateOptions(string? RegionPath, long? Total, int? Year, OutputFormat Format, bool Explain);
