using System.Collections.Immutable;
using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using OutcomesLab.Internal;

namespace OutcomesLab.IO.Internal;

/// <summary>
/// The fast path of <see cref="TableLoader"/>: a strict RFC 4180 tokenizer over the memory-mapped UTF-8
/// bytes, parsing chunks split at record boundaries in parallel into typed columns (text values
/// interned per column). It only accepts files it reads exactly as the CsvHelper path does and
/// declines (returns null) everything else: any problem that must be reported, invalid UTF-8, a quote
/// that is not a whole quoted field, or a carriage return that is not part of CRLF. The CsvHelper
/// path then reads the file and produces the messages, so they come from one place.
/// </summary>
internal static unsafe class SpanTableLoader
{
    /// <summary>Chunks smaller than this are not worth a thread.</summary>
    private const long MinChunkBytes = 1 << 20;

    private const long MaxChunkBytes = 1L << 30;
    private const int MaxInternedPerColumn = 1 << 16;
    private const byte Quote = (byte)'"';
    private const byte Lf = (byte)'\n';
    private const byte Cr = (byte)'\r';

    public static CohortTable? TryLoad(string path, FileStream stream, int bomLength, char delimiter, CsvReadOptions options, int chunks = 0)
    {
        var length = stream.Length - bomLength;
        if (delimiter >= 128 || length <= 0)
        {
            return null;
        }

        MemoryMappedFile? map = null;
        MemoryMappedViewAccessor view;
        try
        {
            map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // Some files cannot be mapped (special or network file systems); the CsvHelper path streams them.
            map?.Dispose();
            return null;
        }

        using var mapScope = map;
        using var viewScope = view;
        var handle = view.SafeMemoryMappedViewHandle;
        byte* pointer = null;
        handle.AcquirePointer(ref pointer);
        try
        {
            if ((ulong)(view.PointerOffset + bomLength + length) > handle.ByteLength)
            {
                return null;
            }

            var text = new Utf8Text((nint)(pointer + view.PointerOffset + bomLength), length);
            var forcedText = new HashSet<int>();
            while (true)
            {
                var outcome = Parse(text, path, (byte)delimiter, options, forcedText, chunks, out var table);
                switch (outcome)
                {
                    case Outcome.Table:
                        return table;
                    case Outcome.Decline:
                        return null;
                    default:
                        // A column turned to text after numbers: read again keeping every spelling, as the CsvHelper path does.
                        break;
                }
            }
        }
        finally
        {
            handle.ReleasePointer();
        }
    }

    private enum Outcome
    {
        Table,
        Decline,
        Flip,
    }

    private static Outcome Parse(Utf8Text text, string path, byte delimiter, CsvReadOptions options, HashSet<int> forcedText, int chunkCount, out CohortTable? table)
    {
        table = null;
        var stops = new bool[256];
        stops[delimiter] = stops[Lf] = stops[Cr] = stops[Quote] = true;

        // Header: the first record that is not blank.
        var head = text.Span(0, (int)Math.Min(text.Length, int.MaxValue));
        var fields = new Field[Math.Min(4096, head.Length + 1)];
        var pos = 0;
        var lines = 0;
        int count;
        int headerLine;
        while (true)
        {
            if (pos >= head.Length)
            {
                return Outcome.Decline;
            }

            headerLine = lines + 1;
            if (!ReadRecord(head, ref pos, ref lines, fields, delimiter, stops, out count))
            {
                return Outcome.Decline;
            }

            if (!(count == 1 && IsBlank(head, fields[0])))
            {
                break;
            }
        }

        if (!Utf8.IsValid(head[..pos]))
        {
            return Outcome.Decline;
        }

        var header = new string[count];
        for (var j = 0; j < count; j++)
        {
            header[j] = Decode(head, fields[j]);
        }

        var problems = new ProblemCollector(path, Math.Max(1, options.MaxProblems));
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var names = TableLoader.CheckHeader(header, headerLine, new FlaggingDecoderFallback(), problems, diagnostics);
        if (problems.Any || pos >= text.Length)
        {
            return Outcome.Decline;
        }

        TableLoader.AddTextColumns(names, options, forcedText);
        var chunks = Split(text, pos, lines + 1, chunkCount);
        var n = names.Length;
        var columns = new SharedColumn[n];
        for (var j = 0; j < n; j++)
        {
            columns[j] = new SharedColumn(forcedText.Contains(j));
        }

        var capacity = chunks.Sum(c => c.MaxRecords);
        if (capacity > Array.MaxLength)
        {
            return Outcome.Decline;
        }

        var sourceLines = LargeArrays.Allocate<int>((int)capacity);
        var context = new ChunkContext(text, delimiter, stops, new MissingValueSet(options.MissingValues), options.DecimalComma, columns, sourceLines, (int)capacity);
        if (chunks.Length == 1)
        {
            chunks[0].Run(context);
        }
        else
        {
            Parallel.ForEach(chunks, chunk => chunk.Run(context));
        }

        if (chunks.Any(c => c.Declined))
        {
            return Outcome.Decline;
        }

        var flipped = false;
        for (var j = 0; j < n; j++)
        {
            if (chunks.Any(c => c.Columns[j].Flipped) || (chunks.Any(c => c.Columns[j].IsText) && chunks.Any(c => c.Columns[j].SeenNumber)))
            {
                forcedText.Add(j);
                flipped = true;
            }
        }

        if (flipped)
        {
            return Outcome.Flip;
        }

        var rows = chunks.Sum(c => c.Records);
        if (rows == 0)
        {
            return Outcome.Decline;
        }

        var compact = rows != capacity;
        var data = new ColumnData[n];
        var tableColumns = ImmutableArray.CreateBuilder<TableColumn>(n);
        for (var j = 0; j < n; j++)
        {
            var column = columns[j];
            (ColumnData Data, ColumnKind Kind, int Missing) finished;
            if (column.Texts is { } texts)
            {
                finished = ColumnBuilder.FinishTexts(compact ? Compact(texts, chunks, rows) : texts, options.DateFormat);
            }
            else
            {
                var numbers = column.Numbers ?? new double[capacity];
                var missing = column.Missing;
                finished = ColumnBuilder.FinishNumbers(
                    compact ? Compact(numbers, chunks, rows) : numbers,
                    compact && missing is not null ? Compact(missing, chunks, rows) : missing,
                    options.DateFormat);
            }

            data[j] = finished.Data;
            tableColumns.Add(new TableColumn(names[j], j, finished.Kind, finished.Missing));
        }

        var lineArray = compact ? Compact(sourceLines, chunks, rows) : sourceLines;
        table = new CohortTable(path, (char)delimiter, options, tableColumns.MoveToImmutable(), data, ImmutableCollectionsMarshal.AsImmutableArray(lineArray), diagnostics.ToImmutable());
        return Outcome.Table;
    }

    private static T[] Compact<T>(T[] values, Chunk[] chunks, int rows)
    {
        var at = 0;
        foreach (var c in chunks)
        {
            if (c.Offset != at)
            {
                Array.Copy(values, c.Offset, values, at, c.Records);
            }

            at += c.Records;
        }

        return values.AsSpan(0, rows).ToArray();
    }

    /// <summary>Cuts the data into chunks that end just after a line feed outside quotes (by quote parity), numbering their first lines.</summary>
    private static Chunk[] Split(Utf8Text text, long start, int startLine, int chunkCount)
    {
        var size = text.Length - start;
        var count = chunkCount > 0 ? chunkCount : (int)Math.Clamp(size / MinChunkBytes, 1, Environment.ProcessorCount);
        count = Math.Max(count, (int)((size + MaxChunkBytes - 1) / MaxChunkBytes));
        var hasQuotes = text.IndexOf(Quote, start, text.Length) >= 0;
        var bounds = new List<long> { start };
        var quotes = 0L;
        for (var k = 1; k < count; k++)
        {
            var from = bounds[^1];
            var cut = text.IndexOf(Lf, Math.Max(from, start + (size * k / count)), text.Length);
            while (cut >= 0 && hasQuotes && ((quotes + text.Count(Quote, from, cut)) & 1) != 0)
            {
                cut = text.IndexOf(Lf, cut + 1, text.Length);
            }

            if (cut < 0 || cut + 1 >= text.Length)
            {
                break;
            }

            if (hasQuotes)
            {
                quotes += text.Count(Quote, from, cut + 1);
            }

            bounds.Add(cut + 1);
        }

        bounds.Add(text.Length);
        var chunks = new Chunk[bounds.Count - 1];
        Parallel.For(0, chunks.Length, k =>
        {
            var lf = text.Count(Lf, bounds[k], bounds[k + 1]);
            var endsWithLf = text.Span(bounds[k + 1] - 1, 1)[0] == Lf;
            chunks[k] = new Chunk(bounds[k], bounds[k + 1], endsWithLf ? lf : lf + 1, lf);
        });

        var line = startLine;
        var offset = 0L;
        foreach (var c in chunks)
        {
            c.FirstLine = line;
            c.Offset = (int)Math.Min(offset, int.MaxValue);
            line += c.LineFeeds;
            offset += c.MaxRecords;
        }

        return chunks;
    }

    /// <summary>Reads one record from <paramref name="pos"/>; false when it is not strict RFC 4180 or has more fields than <paramref name="fields"/> holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadRecord(ReadOnlySpan<byte> s, ref int pos, ref int lines, Span<Field> fields, byte delimiter, bool[] stops, out int count)
    {
        count = 0;
        while (true)
        {
            if (count == fields.Length)
            {
                return false;
            }

            if (pos < s.Length && s[pos] == Quote)
            {
                var start = pos + 1;
                var p = start;
                var escaped = false;
                while (true)
                {
                    var q = s[p..].IndexOf(Quote);
                    if (q < 0)
                    {
                        return false;
                    }

                    var inside = s.Slice(p, q);
                    if (inside.Contains(Cr))
                    {
                        return false;
                    }

                    lines += inside.Count(Lf);
                    p += q + 1;
                    if (p < s.Length && s[p] == Quote)
                    {
                        escaped = true;
                        p++;
                        continue;
                    }

                    break;
                }

                fields[count++] = new Field(start, p - 1 - start, escaped);
                pos = p;
                if (pos >= s.Length)
                {
                    return true;
                }
            }
            else
            {
                // Fields are short, so a byte loop beats a vectorised search here.
                var p = pos;
                while (p < s.Length && !stops[s[p]])
                {
                    p++;
                }

                fields[count++] = new Field(pos, p - pos, false);
                pos = p;
                if (pos >= s.Length)
                {
                    return true;
                }
            }

            var b = s[pos];
            if (b == delimiter)
            {
                pos++;
                continue;
            }

            if (b == Lf)
            {
                pos++;
                lines++;
                return true;
            }

            if (b == Cr && pos + 1 < s.Length && s[pos + 1] == Lf)
            {
                pos += 2;
                lines++;
                return true;
            }

            return false;
        }
    }

    /// <summary>string.IsNullOrWhiteSpace of the field's value.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> s, Field f)
    {
        foreach (var b in s.Slice(f.Start, f.Length))
        {
            if (b >= 128)
            {
                return string.IsNullOrWhiteSpace(Decode(s, f));
            }

            if (!char.IsWhiteSpace((char)b))
            {
                return false;
            }
        }

        return true;
    }

    private static string Decode(ReadOnlySpan<byte> s, Field f)
    {
        var value = Encoding.UTF8.GetString(s.Slice(f.Start, f.Length));
        return f.Escaped ? value.Replace("\"\"", "\"", StringComparison.Ordinal) : value;
    }

    private readonly record struct Field(int Start, int Length, bool Escaped);

    /// <summary>The mapped bytes after the BOM, addressed with 64-bit offsets.</summary>
    private readonly struct Utf8Text(nint start, long length)
    {
        private const int Window = 1 << 30;

        public long Length { get; } = length;

        public ReadOnlySpan<byte> Span(long from, int count) => new((byte*)start + from, count);

        public long IndexOf(byte value, long from, long to)
        {
            for (var at = from; at < to; at += Window)
            {
                var i = Span(at, (int)Math.Min(Window, to - at)).IndexOf(value);
                if (i >= 0)
                {
                    return at + i;
                }
            }

            return -1;
        }

        public int Count(byte value, long from, long to)
        {
            var total = 0;
            for (var at = from; at < to; at += Window)
            {
                total += Span(at, (int)Math.Min(Window, to - at)).Count(value);
            }

            return total;
        }
    }

    /// <summary>A column's storage for all rows, allocated by the first chunk that needs it.</summary>
    private sealed class SharedColumn(bool text)
    {
        public bool ForcedText { get; } = text;

        public double[]? Numbers;
        public bool[]? Missing;
        public string?[]? Texts;
    }

    private sealed class ChunkContext(Utf8Text text, byte delimiter, bool[] stops, MissingValueSet na, bool decimalComma, SharedColumn[] columns, int[] sourceLines, int capacity)
    {
        public Utf8Text Text { get; } = text;
        public byte Delimiter { get; } = delimiter;
        public bool[] Stops { get; } = stops;
        public MissingValueSet Na { get; } = na;
        public bool DecimalComma { get; } = decimalComma;
        public SharedColumn[] Columns { get; } = columns;
        public int[] SourceLines { get; } = sourceLines;
        public int Capacity { get; } = capacity;
        public volatile bool Cancelled;

        public double[] Numbers(int j) => Columns[j].Numbers ?? Publish(ref Columns[j].Numbers, LargeArrays.Allocate<double>(Capacity));
        public bool[] Missing(int j) => Columns[j].Missing ?? Publish(ref Columns[j].Missing, LargeArrays.Allocate<bool>(Capacity));
        public string?[] Texts(int j) => Columns[j].Texts ?? Publish(ref Columns[j].Texts, new string?[Capacity]);

        private static T[] Publish<T>(ref T[]? slot, T[] fresh)
        {
            Interlocked.CompareExchange(ref slot, fresh, null);
            return slot!;
        }
    }

    /// <summary>Per chunk and column: whether it holds text, saw a number, or needs a re-read.</summary>
    private struct ChunkColumn
    {
        public bool IsText;
        public bool SeenNumber;
        public bool Flipped;
        public Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> Interned;
        public Dictionary<string, string?>? InternTable;
    }

    private sealed class Chunk(long start, long end, long maxRecords, int lineFeeds)
    {
        private char[] _chars = new char[256];

        public long MaxRecords { get; } = maxRecords;
        public int LineFeeds { get; } = lineFeeds;
        public int FirstLine { get; set; }
        public int Offset { get; set; }
        public int Records { get; private set; }
        public bool Declined { get; private set; }
        public ChunkColumn[] Columns { get; private set; } = [];

        public void Run(ChunkContext context)
        {
            var s = context.Text.Span(start, (int)(end - start));
            if (!Utf8.IsValid(s))
            {
                Declined = true;
                return;
            }

            var n = context.Columns.Length;
            Columns = new ChunkColumn[n];
            for (var j = 0; j < n; j++)
            {
                Columns[j].IsText = context.Columns[j].ForcedText;
            }

            Declined = !ReadAll(context, s);
            if (Declined)
            {
                context.Cancelled = true;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool ReadAll(ChunkContext context, ReadOnlySpan<byte> s)
        {
            var n = context.Columns.Length;
            var fields = new Field[n];
            var pos = 0;
            var lines = 0;
            var row = Offset;
            var limit = Offset + MaxRecords;
            var sourceLines = context.SourceLines;
            while (pos < s.Length)
            {
                if (context.Cancelled)
                {
                    // Another chunk declined or needs a re-read; this chunk's result is not used.
                    return true;
                }

                var line = FirstLine + lines;
                if (!ReadRecord(s, ref pos, ref lines, fields, context.Delimiter, context.Stops, out var count))
                {
                    return false;
                }

                if (count == 1 && IsBlank(s, fields[0]))
                {
                    continue;
                }

                if (count != n)
                {
                    return false;
                }

                if (row >= limit)
                {
                    return false;
                }

                for (var j = 0; j < n; j++)
                {
                    if (!Store(context, j, row, s, fields[j]))
                    {
                        return true;
                    }
                }

                sourceLines[row] = line;
                row++;
            }

            Records = row - Offset;
            return true;
        }

        /// <summary>Stores one cell; false when the column turned text after numbers (the file is read again).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Store(ChunkContext context, int j, int row, ReadOnlySpan<byte> s, Field f)
        {
            ref var column = ref Columns[j];
            var raw = s.Slice(f.Start, f.Length);
            var na = context.Na;
            if (!column.IsText)
            {
                if (raw.Length == 0 && na.MatchesEmpty)
                {
                    context.Missing(j)[row] = true;
                    return true;
                }

                if (!f.Escaped && raw.Length > 0 && (raw[0] == (byte)'-' || (uint)(raw[0] - '0') <= 9) && !na.MayStartWith(raw[0])
                    && PlainDecimal.TryParse(raw, !context.DecimalComma, out var simple))
                {
                    context.Numbers(j)[row] = simple;
                    column.SeenNumber = true;
                    return true;
                }

                var chars = Chars(raw, f.Escaped);
                if (na.IsMissing(chars))
                {
                    context.Missing(j)[row] = true;
                    return true;
                }

                if (NumberText.TryParse(chars, context.DecimalComma, out var v))
                {
                    context.Numbers(j)[row] = v;
                    column.SeenNumber = true;
                    return true;
                }

                if (column.SeenNumber)
                {
                    column.Flipped = true;
                    context.Cancelled = true;
                    Records = row - Offset;
                    return false;
                }

                column.IsText = true;
            }

            context.Texts(j)[row] = Intern(ref column, Chars(raw, f.Escaped), na);
            return true;
        }

        private static string? Intern(ref ChunkColumn column, ReadOnlySpan<char> value, MissingValueSet na)
        {
            if (column.InternTable is null)
            {
                column.InternTable = new Dictionary<string, string?>(StringComparer.Ordinal);
                column.Interned = column.InternTable.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (column.Interned.TryGetValue(value, out var known))
            {
                return known;
            }

            var text = value.ToString();
            var result = na.IsMissing(text) ? null : text;
            if (column.InternTable.Count < MaxInternedPerColumn)
            {
                column.InternTable[text] = result;
            }

            return result;
        }

        private ReadOnlySpan<char> Chars(ReadOnlySpan<byte> raw, bool escaped)
        {
            if (_chars.Length < raw.Length)
            {
                _chars = new char[Math.Max(raw.Length, _chars.Length * 2)];
            }

            var length = Encoding.UTF8.GetChars(raw, _chars);
            if (!escaped)
            {
                return _chars.AsSpan(0, length);
            }

            var written = 0;
            for (var i = 0; i < length; i++)
            {
                _chars[written++] = _chars[i];
                if (_chars[i] == '"')
                {
                    i++;
                }
            }

            return _chars.AsSpan(0, written);
        }
    }
}
