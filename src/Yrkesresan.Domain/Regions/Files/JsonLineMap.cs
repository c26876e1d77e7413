using System.Text.Json;

namespace Yrkesresan.Domain.Regions.Files;

/// <summary>
/// The line on which each value of a JSON document starts, by JSON path, and the properties that
/// appear twice in one object: what <see cref="JsonDocument"/> does not tell. Built in one pass
/// of a <see cref="Utf8JsonReader"/> over a document already known to be well formed.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly byte[] utf8;
    private readonly List<(string Path, int Line)> duplicates;
    private readonly Lazy<Dictionary<string, int>> lines;

    private JsonLineMap(byte[] utf8, List<(string Path, int Line)> duplicates)
    {
        this.utf8 = utf8;
        this.duplicates = duplicates;

        // The line of every value is wanted only when a problem or a notice is reported: a valid file,
        // the usual case, never builds the map (for a national ledger it would hold 265 000 paths).
        lines = new Lazy<Dictionary<string, int>>(() => MapLines(this.utf8), LazyThreadSafetyMode.None);
    }

    /// <summary>The paths of properties given more than once in their object, with their lines, in document order.</summary>
    public IReadOnlyList<(string Path, int Line)> Duplicates => duplicates;

    /// <summary>Maps a well-formed UTF-8 JSON document: finds its duplicate properties now, and its lines when first asked.</summary>
    /// <param name="utf8">The document; the map keeps it, so the caller must not change it.</param>
    /// <returns>The map.</returns>
    public static JsonLineMap Of(byte[] utf8) => new(utf8, FindDuplicates(utf8));

    /// <summary>The line of the value at <paramref name="path"/>, or of the nearest value holding it that the map knows (a missing field is reported at its object).</summary>
    /// <param name="path">A JSON path.</param>
    /// <returns>The line, from 1; null when not even the root is known.</returns>
    public int? LineOf(string path)
    {
        Dictionary<string, int> map = lines.Value;
        for (string? p = path; p is not null; p = JsonPath.Parent(p))
        {
            if (map.TryGetValue(p, out int line))
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

    /// <summary>
    /// One pass that finds the properties given twice in their object. Paths are built only for those:
    /// each open container keeps its parent, its name or index, and (an object) the names seen, in a
    /// set that is reused once the object closes.
    /// </summary>
    private static List<(string Path, int Line)> FindDuplicates(byte[] utf8)
    {
        var found = new List<(string Path, int Line)>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var spare = new Stack<HashSet<string>>();
        Container? open = null;
        string? pendingName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString()!;
                    if (!open!.Names!.Add(pendingName))
                    {
                        found.Add((JsonPath.Property(open.Path(), pendingName), LineOf(LineStarts(utf8), (int)reader.TokenStartIndex)));
                    }

                    break;

                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    if (open!.Names is { } names)
                    {
                        names.Clear();
                        spare.Push(names);
                    }

                    open = open.Parent;
                    break;

                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    string? name = null;
                    int index = -1;
                    if (open is not null)
                    {
                        if (open.Names is null)
                        {
                            index = open.NextIndex++;
                        }
                        else
                        {
                            name = pendingName;
                        }
                    }

                    HashSet<string>? set = reader.TokenType == JsonTokenType.StartObject
                        ? (spare.Count > 0 ? spare.Pop() : new HashSet<string>(StringComparer.Ordinal))
                        : null;
                    open = new Container(open, name, index, set);
                    break;

                default:
                    if (open is { Names: null })
                    {
                        open.NextIndex++;
                    }

                    break;
            }
        }

        return found;
    }

    /// <summary>The line of every value and property of the document, by JSON path.</summary>
    private static Dictionary<string, int> MapLines(byte[] utf8)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });

        // One frame per open container: its path, the next array index, whether it is an object.
        var frames = new Stack<Frame>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            int line = LineOf(lineStarts, (int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = JsonPath.Property(frames.Peek().Path, reader.GetString()!);
                    map.TryAdd(pendingProperty, line);
                    break;

                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    break;

                default:
                {
                    string path = ValuePath(frames, ref pendingProperty);
                    map.TryAdd(path, line);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartObject));
                    }

                    break;
                }
            }
        }

        return map;
    }

    private static string ValuePath(Stack<Frame> frames, ref string? pendingProperty)
    {
        if (frames.Count == 0)
        {
            return JsonPath.Root;
        }

        Frame frame = frames.Peek();
        if (!frame.IsObject)
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

    private sealed class Frame(string path, bool isObject)
    {
        public string Path { get; } = path;

        public bool IsObject { get; } = isObject;

        public int NextIndex { get; set; }
    }

    /// <summary>An open container of the duplicate search: its path is built only when a duplicate inside it is found.</summary>
    private sealed class Container(Container? parent, string? name, int index, HashSet<string>? names)
    {
        public Container? Parent { get; } = parent;

        public HashSet<string>? Names { get; } = names;

        public int NextIndex { get; set; }

        public string Path() => Parent is null
            ? JsonPath.Root
            : name is not null ? JsonPath.Property(Parent.Path(), name) : JsonPath.Item(Parent.Path(), index);
    }
}
