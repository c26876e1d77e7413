namespace Yrkesresan.Specification.Support;

/// <summary>Files of the repository, found from the test's output folder upwards (a CI clone has nothing else).</summary>
internal static class Repository
{
    /// <summary>The repository's root: the folder that holds <c>Yrkesresan.Domain.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the repository, written with forward slashes (<c>docs/rules.md</c>).</summary>
    public static string PathOf(string relative) => Path.Combine([Root, .. relative.Split('/')]);

    private static string FindRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Yrkesresan.Domain.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Yrkesresan.Domain.sln) is not above " + AppContext.BaseDirectory);
    }
}
