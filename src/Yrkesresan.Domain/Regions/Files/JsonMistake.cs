using System.Text.Json;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// The cases of <see cref="JsonSyntaxError"/>: a comma before <c>}</c> or <c>]</c>, typographic quotes, a missing
/// comma, a comment, a text not closed, a file cut short, single quotes, a missing value, something after the end, a
/// file that is not JSON at all, a missing colon, a field name or a word without quotes, a number JSON cannot read, a
/// bad escape or control character in a text, brackets that do not match, nesting too deep; otherwise the character
/// found. Each is a problem at <c>$</c> on the line of the mistake, with its column.
/// </summary>
/// <param name="text">The document.</param>
/// <param name="file">The file's name, for the problem.</param>
/// <param name="maxDepth">The deepest nesting allowed.</param>
internal sealed class JsonMistake(JsonText text, string file, int maxDepth)
{
    private string open = string.Empty;

    /// <summary>The problem of a document that is only the start of a JSON text, at its end.</summary>
    /// <returns>The problem.</returns>
    public DataFileProblem CutShort() => Problem(text.EndOfContent(), nameof(FileTexts.JsonCutShort));

    /// <summary>The problem of a document whose reader stopped after a token.</summary>
    /// <param name="last">The last token read, or <see cref="JsonTokenType.None"/>.</param>
    /// <param name="end">The offset just after it.</param>
    /// <param name="containers">The containers open then, <c>{</c> and <c>[</c>, outermost first.</param>
    /// <returns>The problem.</returns>
    public DataFileProblem After(JsonTokenType last, int end, string containers)
    {
        open = containers;
        int next = text.SkipWhite(last == JsonTokenType.None ? 0 : end);
        return last switch
        {
            JsonTokenType.None => Value(next, atStart: true),
            JsonTokenType.StartObject => Name(next),
            JsonTokenType.StartArray => Value(next, atStart: false),
            JsonTokenType.PropertyName => text.ByteAt(next) == ':'
                ? Value(text.SkipWhite(next + 1), atStart: false)
                : Problem(next, nameof(FileTexts.JsonMissingColon)),
            _ => AfterValue(next),
        };
    }

    private DataFileProblem AfterValue(int next)
    {
        if (open.Length == 0)
        {
            return Problem(next, nameof(FileTexts.JsonMoreAfterEnd), text.Show(next));
        }

        int c = text.ByteAt(next);
        if (c == ',')
        {
            int after = text.SkipWhite(next + 1);
            if (text.ByteAt(after) is '}' or ']')
            {
                return Problem(next, nameof(FileTexts.JsonTrailingComma), text.Show(after));
            }

            return open[^1] == '{' ? Name(after) : Value(after, atStart: false);
        }

        if (c is '}' or ']')
        {
            return Problem(next, nameof(FileTexts.JsonBracketMismatch), text.Show(next), open[^1..]);
        }

        return Anywhere(next)
            ?? (StartsValue(c) ? Problem(next, nameof(FileTexts.JsonMissingComma)) : Unexpected(next));
    }

    private DataFileProblem Value(int at, bool atStart)
    {
        if (Anywhere(at) is { } problem)
        {
            return problem;
        }

        int c = text.ByteAt(at);
        if (c is ',' or '}' or ']')
        {
            bool closesAnother = c != ',' && open.Length > 0 && (c == '}') != (open[^1] == '{');
            return closesAnother ? Problem(at, nameof(FileTexts.JsonBracketMismatch), text.Show(at), open[^1..])
                : atStart ? Problem(at, nameof(FileTexts.JsonNotJson), text.Show(at))
                : Problem(at, nameof(FileTexts.JsonMissingValue), text.Show(at));
        }

        if (c == '"')
        {
            return InString(at, isName: false);
        }

        if (c is '{' or '[')
        {
            return open.Length >= maxDepth ? Problem(at, nameof(FileTexts.JsonTooDeep), maxDepth) : Unexpected(at);
        }

        if (c == '-' || char.IsAsciiDigit((char)c))
        {
            return Problem(at, nameof(FileTexts.JsonBadNumber), text.Word(at, numberLike: true));
        }

        if (atStart)
        {
            return Problem(at, nameof(FileTexts.JsonNotJson), text.IsWordStart(at) ? text.Word(at, numberLike: false) : text.Show(at));
        }

        return text.IsWordStart(at) ? Problem(at, nameof(FileTexts.JsonBareWord), text.Word(at, numberLike: false)) : Unexpected(at);
    }

    private DataFileProblem Name(int at)
    {
        if (Anywhere(at) is { } problem)
        {
            return problem;
        }

        int c = text.ByteAt(at);
        if (c == '"')
        {
            return InString(at, isName: true);
        }

        return text.IsWordStart(at) || char.IsAsciiDigit((char)c)
            ? Problem(at, nameof(FileTexts.JsonUnquotedFieldName), text.Word(at, numberLike: false))
            : Unexpected(at);
    }

    /// <summary>The mistakes that are the same wherever they are: a comment, single quotes, typographic quotes.</summary>
    private DataFileProblem? Anywhere(int at)
    {
        int c = text.ByteAt(at);
        if (c == '/' && text.ByteAt(at + 1) is '/' or '*')
        {
            return Problem(at, nameof(FileTexts.JsonComment), text.Slice(at, 2));
        }

        if (c == '\'')
        {
            return Problem(at, nameof(FileTexts.JsonSingleQuote));
        }

        // ‘ ’ ‚ ‛ “ ” „ ‟ « », as word processors write quotes.
        return text.RuneAt(at) is { Value: (>= 0x2018 and <= 0x201F) or 0xAB or 0xBB }
            ? Problem(at, nameof(FileTexts.JsonCurlyQuote))
            : null;
    }

    /// <summary>The mistake in, or just after, the text in quotes that starts at <paramref name="quote"/>.</summary>
    private DataFileProblem InString(int quote, bool isName)
    {
        for (int i = quote + 1; i < text.Length; i++)
        {
            int b = text.ByteAt(i);
            if (b == '"')
            {
                // A field name the reader did not take is itself fine: the colon after it is missing.
                int after = text.SkipWhite(i + 1);
                return isName && text.ByteAt(after) != ':' ? Problem(after, nameof(FileTexts.JsonMissingColon)) : Unexpected(quote);
            }

            if (b == '\\')
            {
                int escape = text.ByteAt(i + 1);
                if (escape is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't')
                {
                    i++;
                    continue;
                }

                if (escape == 'u' && text.IsHex(i + 2, 4))
                {
                    i += 5;
                    continue;
                }

                return Problem(i, nameof(FileTexts.JsonBadEscape), escape == 'u' ? text.Slice(i + 1, 5) : text.Show(i + 1));
            }

            if (b is '\n' or '\r')
            {
                return Problem(quote, nameof(FileTexts.JsonUnclosedString));
            }

            if (b < 0x20)
            {
                return Problem(i, nameof(FileTexts.JsonControlCharacter), text.Show(i));
            }
        }

        return Problem(quote, nameof(FileTexts.JsonUnclosedString));
    }

    private static bool StartsValue(int c) => c is '"' or '{' or '[' or '-' || char.IsAsciiLetterOrDigit((char)c);

    private DataFileProblem Unexpected(int at) => Problem(at, nameof(FileTexts.JsonUnexpected), text.Show(at));

    private DataFileProblem Problem(int at, string key, params object?[] values)
    {
        (int line, int column) = text.PositionOf(at);
        LocalizedText message = FileText.Of(key, [.. values, column]);
        return new DataFileProblem(file, line, JsonPath.Root, message.Code, message.Message);
    }
}
