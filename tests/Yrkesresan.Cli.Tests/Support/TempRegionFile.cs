using System.Text;

namespace Yrkesresan.Cli.Tests.Support;

/// <summary>A region file written to a fresh temporary folder for one test, deleted afterwards.</summary>
internal sealed class TempRegionFile : IDisposable
{
    private readonly string folder;

    private TempRegionFile(string folder, string path)
    {
        this.folder = folder;
        Path = path;
    }

    /// <summary>The file's full path.</summary>
    public string Path { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark.</summary>
    public static TempRegionFile WithText(string text, string name = "region.csv") =>
        WithBytes(new UTF8Encoding(false).GetBytes(text), name);

    /// <summary>Writes <paramref name="bytes"/> exactly.</summary>
    public static TempRegionFile WithBytes(byte[] bytes, string name = "region.csv")
    {
        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "yrkesresan-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string path = System.IO.Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return new TempRegionFile(folder, path);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary file is harmless.
        }
    }
}
