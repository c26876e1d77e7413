using System.Text;
using System.Text.Json;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// Says in plain words why a document is not JSON, at the line and column of the mistake, instead of
/// <see cref="System.Text.Json"/>'s own text (decision 0024). A document that is the start of a JSON text is a file cut
/// short; otherwise the reader is run up to the mistake, and <see cref="JsonMistake"/> tells the case from the last
/// token it read, the containers open then and the bytes there.
/// </summary>
internal static class JsonSyntaxError
{
    /// <summary>The problem of a document that <see cref="JsonDocument"/> refused.</summary>
    /// <param name="utf8">The document, valid UTF-8.</param>
    /// <param name="file">The file's name, for the problem.</param>
    /// <param name="maxDepth">The deepest nesting allowed.</param>
    /// <returns>The problem, at path <c>$</c>, on the line of the mistake, with its column in the message.</returns>
    public static DataFileProblem Describe(byte[] utf8, string file, int maxDepth)
    {
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = maxDepth };
        var text = new JsonText(utf8);
        var mistake = new JsonMistake(text, file, maxDepth);
        if (IsStartOfJson(utf8, options))
        {
            return mistake.CutShort();
        }

        (JsonTokenType last, int end, string open) = ReadUntilTheMistake(utf8, options);
        return mistake.After(last, end, open);
    }

    private static bool IsStartOfJson(byte[] utf8, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, isFinalBlock: false, new JsonReaderState(options));
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads until the reader stops at the mistake.</summary>
    /// <returns>The last token read, the offset just after it, and the containers open then (<c>{</c> and <c>[</c>, outermost first).</returns>
    private static (JsonTokenType Last, int End, string Open) ReadUntilTheMistake(byte[] utf8, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, options);
        var open = new StringBuilder();
        JsonTokenType last = JsonTokenType.None;
        int end = 0;
        try
        {
            while (reader.Read())
            {
                last = reader.TokenType;
                int start = (int)reader.TokenStartIndex;
                switch (last)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        open.Append(last == JsonTokenType.StartObject ? '{' : '[');
                        end = start + 1;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        open.Length--;
                        end = start + 1;
                        break;
                    case JsonTokenType.PropertyName:
                    case JsonTokenType.String:
                        // The value span of a string is its raw bytes, escapes as written, without the quotes.
                        end = start + reader.ValueSpan.Length + 2;
                        break;
                    default:
                        end = start + reader.ValueSpan.Length;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The reader stops at the mistake; what it read before is all that is needed.
        }

        return (last, end, open.ToString());
    }
}
