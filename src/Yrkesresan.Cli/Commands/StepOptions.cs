using System.Collections.Immutable;
using NodaTime;
using Yrkesresan.Cli.Output;
using Yrkesresan.Domain.Careers;

namespace Yrkesresan.Cli.Commands;

/// <summary>The options of <c>yrkesresan step</c>, as parsed from the command line.</summary>
/// <param name="Role">The <c>--role</c>.</param>
/// <param name="WorkArea">The <c>--work-area</c>: a known work area, another word, or none.</param>
/// <param name="Employer">The <c>--employer</c>; <see cref="EmployerKind.Kommun"/> when not given.</param>
/// <param name="Periods">Every <c>--period</c>, in the order given: at least one.</param>
/// <param name="AsOf">The <c>--as-of</c>, when given.</param>
/// <param name="RegionPath">The <c>--region</c> file, as the user gave it; <see langword="null"/> for the built-in Norrbotten.</param>
/// <param name="Format">The <c>--format</c>: table or json.</param>
internal sealed record StepOptions(
    Role Role,
    PersonWorkArea WorkArea,
    EmployerKind Employer,
    ImmutableArray<ProfessionPeriod> Periods,
    LocalDate? AsOf,
    string? RegionPath,
    OutputFormat Format);
