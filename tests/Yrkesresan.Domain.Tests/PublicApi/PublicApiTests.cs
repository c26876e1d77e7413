using PublicApiGenerator;
using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.PublicApi;

/// <summary>
/// The public API of the package cannot change by accident: PublicApiGenerator writes it as C#
/// declarations, and the text is compared with a reviewed snapshot, <c>Yrkesresan.Domain.approved.txt</c>
/// beside this file (decision 0022). When a change is intended, the test writes
/// <c>Yrkesresan.Domain.received.txt</c>; review the difference and copy it over the approved file.
/// </summary>
public class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new()
    {
        // The assembly's own attributes (version, metadata, InternalsVisibleTo) change with every
        // build or test project and are not part of the API a caller programs against.
        IncludeAssemblyAttributes = false,

        // A record is written as a record: its compiler-made members (value equality, ==, !=,
        // Deconstruct, the copy behind `with`) are promises to callers too, and the generator
        // leaves them out of a record written as a class.
        TreatRecordsAsClasses = false,
    };

    [Fact]
    [Trait("Contract", "public API")]
    public void The_public_API_is_the_reviewed_snapshot()
    {
        string folder = Repository.PathOf("tests", "Yrkesresan.Domain.Tests", "PublicApi");
        string approvedPath = Path.Combine(folder, "Yrkesresan.Domain.approved.txt");
        string receivedPath = Path.Combine(folder, "Yrkesresan.Domain.received.txt");
        string actual = typeof(Sek).Assembly.GeneratePublicApi(Options).ReplaceLineEndings("\n");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail(
                $"The public API differs from the reviewed snapshot {approvedPath}. The API as built is in {receivedPath}. "
                + $"Review the difference (diff {approvedPath} {receivedPath}); if it is intended, approve it by copying the received file "
                + "over the approved one in the same commit as the change (cp received approved).");
        }

        File.Delete(receivedPath);
    }
}
