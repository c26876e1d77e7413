using System.Text.Encodings.Web;
using System.Text.Json;

namespace Yrkesresan.Domain.Tests.Support;

/// <summary>How the tests write JSON files: indented, with å, ä and ö as themselves.</summary>
internal static class JsonFormat
{
    /// <summary>Indented, with non-ASCII letters unescaped, as a person would write a data file.</summary>
    public static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
