namespace Yrkesresan.Cli.Tests.Support;

/// <summary>A fresh empty temporary folder for one test, deleted afterwards with what is in it.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "yrkesresan-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The full path of a file or folder in it.</summary>
    public string PathOf(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>The names of what the folder holds, in order.</summary>
    public string[] Names() =>
        [.. Directory.EnumerateFileSystemEntries(Path).Select(e => System.IO.Path.GetFileName(e)).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
