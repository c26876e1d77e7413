using System.Collections.Immutable;

namespace Yrkesresan.Domain.Courses.Occasions;

/// <summary>
/// What reading a ledger file gave: either a complete <see cref="Ledger"/>, valid against its region,
/// or every problem found in the file, never both.
/// </summary>
public sealed class LedgerFileResult
{
    private readonly Ledger? ledger;

    private LedgerFileResult(Ledger? ledger, ImmutableArray<DataFileProblem> problems, ImmutableArray<DataFileProblem> notices)
    {
        this.ledger = ledger;
        Problems = problems;
        Notices = notices;
    }

    /// <summary>Whether the file is valid, so that <see cref="Ledger"/> can be used.</summary>
    public bool IsValid => ledger is not null;

    /// <summary>The ledger the file describes.</summary>
    /// <exception cref="DataFileException">The file is not valid; the exception lists every problem.</exception>
    public Ledger Ledger => ledger ?? throw new DataFileException(Problems);

    /// <summary>Every problem found, in the order of the file; empty when the file is valid.</summary>
    public ImmutableArray<DataFileProblem> Problems { get; }

    /// <summary>
    /// What a valid file has that is accepted but worth a look, with lines and paths: an occasion of a
    /// course that is not in the region's catalogue (see <see cref="Occasions.Ledger.Notices"/>). Empty when
    /// the file is not valid.
    /// </summary>
    public ImmutableArray<DataFileProblem> Notices { get; }

    internal static LedgerFileResult Valid(Ledger ledger, IEnumerable<DataFileProblem> notices) => new(ledger, [], [.. notices]);

    internal static LedgerFileResult Invalid(IEnumerable<DataFileProblem> problems) => new(null, [.. problems], []);
}
