namespace Yrkesresan.Cli.Commands;

/// <summary>What <c>yrkesresan region</c> is asked, from its command line.</summary>
/// <param name="Export">The built-in region to print (<c>--export</c>), if any.</param>
/// <param name="Validate">The file to validate (<c>--validate</c>), if any.</param>
/// <param name="New">Whether a new region file is asked for (<c>--new</c>).</param>
/// <param name="County">The county of the new file (<c>--county</c>), if given.</param>
/// <param name="OutputFile">The <c>--output</c> file, if any.</param>
internal sealed record RegionRequest(string? Export, string? Validate, bool New, string? County, string? OutputFile);
