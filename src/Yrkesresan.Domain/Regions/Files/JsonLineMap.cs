using System.Text.Json;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// The line on which each value of a JSON document starts, by JSON path, and the properties that
/// appear twice in one object: what <see cref="JsonDocument"/> does not tell. Built in one pass
/// of a <see cref="Utf8JsonReader"/> over a document already known to be well formed.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);
    private readonly List<(string Path, int Line)> duplicates = [];

    private JsonLineMap()
    {
    }

    /// <summary>The paths of properties given more than once in their object, with their lines, in document order.</summary>
    public IReadOnlyList<(string Path, int Line)> Duplicates => duplicates;

    /// <summary>Maps a well-formed UTF-8 JSON document.</summary>
    /// <param name="utf8">The document.</param>
    /// <returns>The map.</returns>
    public static JsonLineMap Of(ReadOnlySpan<byte> utf8)
    {
        var map = new JsonLineMap();
        int[] lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });

        // One frame per open container: its path, the next array index, the property just read, the names seen.
        var frames = new Stack<Frame>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            int line = LineOf(lineStarts, (int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                {
                    Frame frame = frames.Peek();
                    string name = reader.GetString()!;
                    pendingProperty = JsonPath.Property(frame.Path, name);
                    if (!frame.Names!.Add(name))
                    {
                        map.duplicates.Add((pendingProperty, line));
                    }
                    else
                    {
                        map.lines.TryAdd(pendingProperty, line);
                    }

                    break;
                }

                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    break;

                default:
                {
                    string path = ValuePath(frames, ref pendingProperty);
                    map.lines.TryAdd(path, line);
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        frames.Push(new Frame(path, new HashSet<string>(StringComparer.Ordinal)));
                    }
                    else if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        frames.Push(new Frame(path, null));
                    }

                    break;
                }
            }
        }

        return map;
    }

    /// <summary>The line of the value at <paramref name="path"/>, or of the nearest value holding it that the map knows (a missing field is reported at its object).</summary>
    /// <param name="path">A JSON path.</param>
    /// <returns>The line, from 1; null when not even the root is known.</returns>
    public int? LineOf(string path)
    {
        for (string? p = path; p is not null; p = JsonPath.Parent(p))
        {
            if (lines.TryGetValue(p, out int line))
            {
                return line;
            }
        }

        return null;
    }

    /// <summary>The line (from 1) of a byte offset.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="offset">The byte offset.</param>
    /// <returns>The line.</returns>
    public static int LineOfOffset(ReadOnlySpan<byte> utf8, int offset) => LineOf(LineStarts(utf8), offset);

    private static string ValuePath(Stack<Frame> frames, ref string? pendingProperty)
    {
        if (frames.Count == 0)
        {
            return JsonPath.Root;
        }

        Frame frame = frames.Peek();
        if (frame.Names is null)
        {
            return JsonPath.Item(frame.Path, frame.NextIndex++);
        }

        string path = pendingProperty!;
        pendingProperty = null;
        return path;
    }

    private static int[] LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static int LineOf(int[] lineStarts, int offset)
    {
        int index = Array.BinarySearch(lineStarts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private sealed class Frame(string path, HashSet<string>? names)
    {
        public string Path { get; } = path;

        public HashSet<string>? Names { get; } = names;

        public int NextIndex { get; set; }
    }
}
