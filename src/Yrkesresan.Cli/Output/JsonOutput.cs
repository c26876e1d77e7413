using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Yrkesresan.Cli.Output;

/// <summary>
/// Writes the tool's JSON: indented by two spaces, LF line endings, text in plain UTF-8 ("Luleå",
/// not "Lule\u00e5"), and a final line break.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON value.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="write">Writes the value.</param>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }
}
