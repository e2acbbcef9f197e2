using System.Text;
using System.Text.Json;

namespace OutcomesLab.Reporting.Plans;

/// <summary>
/// Line and column of every key and value of a plan, by JSON path (<c>analyses[2].ties</c>).
/// <see cref="JsonElement"/> carries no positions, so one <see cref="Utf8JsonReader"/> pass over the
/// bytes records them; the same pass rejects duplicate keys, which <see cref="JsonDocument"/> would
/// silently resolve.
/// </summary>
internal sealed class PlanPositions
{
    private readonly Dictionary<string, long> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);
    private readonly List<long> _lineStarts = [0];
    private readonly byte[] _bytes;
    private readonly string _file;

    private PlanPositions(string file, byte[] bytes)
    {
        _file = file;
        _bytes = bytes;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The JSON reader options of plans: comments and trailing commas are allowed.</summary>
    public static JsonReaderOptions ReaderOptions { get; } = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Scans <paramref name="bytes"/> (UTF-8 without BOM); throws a located <see cref="PlanException"/> on a duplicate key or a syntax error.</summary>
    public static PlanPositions Scan(string file, byte[] bytes)
    {
        var positions = new PlanPositions(file, bytes);
        positions.Walk();
        return positions;
    }

    /// <summary>Appends a property name to a path: <c>a.b</c>, or <c>a["odd name"]</c> for names that are not identifiers.</summary>
    public static string Child(string parent, string name)
    {
        var simple = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
        if (!simple)
        {
            return $"{parent}[\"{name.Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";
        }

        return parent.Length == 0 ? name : $"{parent}.{name}";
    }

    /// <summary>Appends an array index to a path: <c>a[3]</c>.</summary>
    public static string Index(string parent, int index) => $"{parent}[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";

    /// <summary>The location of the key of <paramref name="path"/> (or of its value when it has no key, e.g. an array element).</summary>
    public PlanLocation Key(string path) => _keys.TryGetValue(path, out var k) ? At(k, path) : Value(path);

    /// <summary>The location of the value at <paramref name="path"/>.</summary>
    public PlanLocation Value(string path) => _values.TryGetValue(path, out var v) ? At(v, path) : new PlanLocation(_file, 0, 0, path);

    /// <summary>The location of a byte offset.</summary>
    public PlanLocation At(long offset, string path)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var start = _lineStarts[line];
        var column = 1;
        for (var i = start; i < offset && i < _bytes.Length; i++)
        {
            if ((_bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return new PlanLocation(_file, line + 1, column, path);
    }

    private void Walk()
    {
        var reader = new Utf8JsonReader(_bytes, ReaderOptions);
        var stack = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                var top = stack.Count == 0 ? null : stack.Peek();
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        var child = Child(top!.Path, name);
                        if (!top.Names.Add(name))
                        {
                            throw new PlanException(At(reader.TokenStartIndex, child), "each key once per object", $"\"{name}\" a second time", "Remove or rename the repeated key; JSON readers disagree on which copy wins.");
                        }

                        _keys[child] = reader.TokenStartIndex;
                        top.Pending = child;
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var path = ValuePath(top);
                        _values[path] = reader.TokenStartIndex;
                        stack.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.Pop();
                        AfterValue(stack.Count == 0 ? null : stack.Peek());
                        break;
                    default:
                        _values[ValuePath(top)] = reader.TokenStartIndex;
                        AfterValue(top);
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            throw Syntax(ex);
        }
    }

    /// <summary>Turns a JSON syntax error into a located plan problem.</summary>
    public PlanException Syntax(JsonException ex)
    {
        var line = (int)(ex.LineNumber ?? 0) + 1;
        var column = (int)(ex.BytePositionInLine ?? 0) + 1;
        var reason = ex.Message.Split(" LineNumber", StringSplitOptions.None)[0].Trim();
        return new PlanException(new PlanLocation(_file, line, column, ""), "valid JSON (comments and trailing commas are allowed)", null, $"The JSON reader says: {reason}");
    }

    private static string ValuePath(Frame? top) => top is null ? "" : top.IsArray ? Index(top.Path, top.Count) : top.Pending!;

    private static void AfterValue(Frame? top)
    {
        if (top is { IsArray: true })
        {
            top.Count++;
        }
    }

    /// <summary>Decodes a plan file's bytes, dropping a UTF-8 BOM.</summary>
    public static byte[] WithoutBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;

    /// <summary>Whether the bytes are valid UTF-8.</summary>
    public static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Count { get; set; }

        public string? Pending { get; set; }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }
}
