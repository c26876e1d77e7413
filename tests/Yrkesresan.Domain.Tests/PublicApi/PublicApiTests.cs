using Yrkesresan.Domain.Money;
using Yrkesresan.Domain.Tests.Support;

namespace Yrkesresan.Domain.Tests.PublicApi;

/// <summary>
/// The public API of the package cannot change by accident: it is compared with a reviewed snapshot,
/// <c>Yrkesresan.Domain.approved.txt</c> beside this file. When a change is intended, the test writes
/// <c>Yrkesresan.Domain.received.txt</c>; review the difference and copy it over the approved file.
/// </summary>
public class PublicApiTests
{
    [Fact]
    [Trait("Contract", "public API")]
    public void The_public_API_is_the_reviewed_snapshot()
    {
        string folder = Repository.PathOf("tests", "Yrkesresan.Domain.Tests", "PublicApi");
        string approvedPath = Path.Combine(folder, "Yrkesresan.Domain.approved.txt");
        string receivedPath = Path.Combine(folder, "Yrkesresan.Domain.received.txt");
        string actual = PublicApiText.Of(typeof(Sek).Assembly);
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The public API differs from {approvedPath}. If the change is intended, review {receivedPath} and copy it over the approved file.");
        }

        File.Delete(receivedPath);
    }
}
