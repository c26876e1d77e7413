using NodaTime;
using Yrkesresan.Cli.Output;

namespace Yrkesresan.Cli.Commands;

/// <summary>The options of <c>yrkesresan steps</c>, as parsed from the command line.</summary>
/// <param name="StaffPath">The <c>--staff</c> file, as the user gave it.</param>
/// <param name="AsOf">The <c>--as-of</c>, when given.</param>
/// <param name="RegionPath">The <c>--region</c> file, as the user gave it; <see langword="null"/> for the built-in Norrbotten.</param>
/// <param name="Format">The <c>--format</c>: table, csv or json.</param>
internal sealed record StepsOptions(string StaffPath, LocalDate? AsOf, string? RegionPath, OutputFormat Format);
