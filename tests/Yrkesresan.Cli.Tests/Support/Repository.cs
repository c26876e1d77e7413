namespace Yrkesresan.Cli.Tests.Support;

/// <summary>
/// Finds files of the repository from the test assembly's location. (Source paths baked in at
/// compile time are not usable: a CI build maps them to "/_/" for reproducibility.)
/// </summary>
internal static class Repository
{
    /// <summary>The repository's top folder: the nearest one above the test assembly that holds the solution.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The built-in Norrbotten region file, as it is in the repository.</summary>
    public static string NorrbottenRegionFile => PathOf("src", "Yrkesresan.Domain", "Regions", "Data", "norrbotten.json");

    /// <summary>The documentation's example region file, Västerbotten.</summary>
    public static string VasterbottenExample => PathOf("docs", "examples", "vasterbotten.json");

    /// <summary>A path inside the repository.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Yrkesresan.Domain.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Yrkesresan.Domain.sln.");
    }
}
