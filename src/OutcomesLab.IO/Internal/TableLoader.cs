using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace OutcomesLab.IO.Internal;

/// <summary>Reads a CSV file into typed columns with CsvHelper's low-level <see cref="CsvParser"/>.</summary>
internal static class TableLoader
{
    private const int InitialCapacity = 1024;

    public static CohortTable Load(string path, CsvReadOptions options) => Load(path, options, IngestPath.Automatic);

    /// <summary>Loads with the span fast path when it accepts the file, else with CsvHelper (or with the path forced, for tests and benchmarks).</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">Reading options.</param>
    /// <param name="ingestPath">Which reader to use.</param>
    /// <param name="chunks">For tests: the number of chunks the span reader parses in parallel (0 = by file size and cores).</param>
    public static CohortTable Load(string path, CsvReadOptions options, IngestPath ingestPath, int chunks = 0)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new ProblemCollector(path, Math.Max(1, options.MaxProblems));
        if (options.Delimiter is { } d && (d is '"' or '\r' or '\n' || (options.DecimalComma && d == '.')))
        {
            throw problems.Throw(null, null, "a delimiter such as ',', ';' or tab", d.ToString(), "Pass a different --delimiter.");
        }

        using var stream = Open(path, problems);
        var sample = new byte[(int)Math.Min(FileSniffer.SampleSize, stream.Length)];
        stream.ReadExactly(sample);
        var bomLength = FileSniffer.Check(sample, problems);
        var delimiter = options.Delimiter
            ?? DelimiterDetector.Detect(FileSniffer.SampleText(sample.AsSpan(bomLength), sample.Length == stream.Length), options.DecimalComma);

        if (ingestPath != IngestPath.CsvHelper)
        {
            var fast = SpanTableLoader.TryLoad(path, stream, bomLength, delimiter, options, chunks);
            if (fast is not null)
            {
                return fast;
            }

            if (ingestPath == IngestPath.Span)
            {
                throw new InvalidOperationException("The span reader declined the file.");
            }
        }

        var forcedText = new HashSet<int>();
        while (true)
        {
            stream.Position = bomLength;
            var table = Parse(stream, path, delimiter, options, forcedText, out var flipped);
            if (flipped.Count == 0)
            {
                return table!;
            }

            forcedText.UnionWith(flipped);
        }
    }

    internal static FileStream Open(string path, ProblemCollector problems)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw problems.Throw(null, null, "a CSV file", null, $"\"{full}\" is a folder, not a file. Name the CSV file inside it.");
        }

        try
        {
            // Read-only and shared: the input file is never modified nor locked against other readers or writers.
            return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException ex)
        {
            throw new InputException(new InputProblem(path, null, null, "an existing file", null, $"No file exists at \"{full}\" (current folder \"{Environment.CurrentDirectory}\"). Check the spelling and the folder."), ex);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new InputException(new InputProblem(path, null, null, "an existing file", null, $"The folder \"{Path.GetDirectoryName(full)}\" does not exist (current folder \"{Environment.CurrentDirectory}\"). Check the path."), ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InputException(new InputProblem(path, null, null, "a readable file", null, $"Permission to read \"{full}\" was denied. Check the file permissions."), ex);
        }
        catch (IOException ex)
        {
            throw new InputException(new InputProblem(path, null, null, "a readable file", null, $"The file could not be opened: {ex.Message}"), ex);
        }
    }

    private static CohortTable? Parse(Stream stream, string path, char delimiter, CsvReadOptions options, HashSet<int> forcedText, out List<int> flipped)
    {
        flipped = [];
        var problems = new ProblemCollector(path, Math.Max(1, options.MaxProblems));
        var fallback = new FlaggingDecoderFallback();
        var encoding = Encoding.GetEncoding("utf-8", EncoderFallback.ExceptionFallback, fallback);
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var previousRawRow = 0;
        var recordStart = 1;
        (int Line, string Field)? badQuote = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
            BadDataFound = args =>
            {
                // CsvHelper processes fields lazily, so this runs when a field is first accessed.
                // It reports both stray quotes inside unquoted fields (kept literally, as R does)
                // and quoted fields that never close properly; only the latter corrupt the rows that follow.
                if (badQuote is null && args.Field.TrimStart().StartsWith('"'))
                {
                    var raw = args.RawRecord ?? string.Empty;
                    var at = raw.IndexOf(args.Field, StringComparison.Ordinal);
                    var offset = at > 0 ? raw.AsSpan(0, at).Count('\n') : 0;
                    badQuote = (recordStart + offset, args.Field);
                }
            },
        };
        using var parser = new CsvParser(reader, config, leaveOpen: true);

        string[]? header = null;
        var headerLine = 0;
        while (parser.Read())
        {
            recordStart = previousRawRow + 1;
            previousRawRow = parser.RawRow;
            var record = parser.Record!;
            if (badQuote is { } bq)
            {
                throw problems.Throw(bq.Line, null, "a closing quote for the quoted field starting here", bq.Field, UnbalancedQuoteFix);
            }

            if (record.Length == 1 && string.IsNullOrWhiteSpace(record[0]))
            {
                continue;
            }

            header = record;
            headerLine = recordStart;
            break;
        }

        if (header is null)
        {
            throw problems.Throw(null, null, "a header row naming the columns", null, "The file is empty. Check that the export finished and that you chose the right file.");
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var names = CheckHeader(header, headerLine, fallback, problems, diagnostics);
        problems.ThrowIfAny();
        AddTextColumns(names, options, forcedText);

        var na = new MissingValueSet(options.MissingValues);
        var n = names.Length;
        var builders = new ColumnBuilder[n];
        for (var j = 0; j < n; j++)
        {
            builders[j] = new ColumnBuilder(forcedText.Contains(j), na, options.DecimalComma, InitialCapacity, options.DateFormat);
        }

        var lines = new List<int>(InitialCapacity);
        var values = new string[n];
        while (parser.Read())
        {
            recordStart = previousRawRow + 1;
            previousRawRow = parser.RawRow;
            var count = parser.Count;
            var fields = count == n ? values : new string[count];
            for (var j = 0; j < count; j++)
            {
                fields[j] = parser[j];
            }

            if (badQuote is { } bq)
            {
                problems.Add(bq.Line, null, "a closing quote for the quoted field starting here", bq.Field, UnbalancedQuoteFix);
                break;
            }

            if (count == 1 && string.IsNullOrWhiteSpace(fields[0]))
            {
                continue;
            }

            if (count != n)
            {
                var fix = count > n
                    ? $"A value probably contains the delimiter {DelimiterName(delimiter)}: put that value in double quotes, or pass the right --delimiter."
                        + (delimiter == ',' && !options.DecimalComma ? " If numbers are written with decimal commas, the file needs ';' as delimiter and --decimal-comma." : string.Empty)
                    : count == 1 && parser.RawRecord?.TrimEnd('\r', '\n') is { Length: > 0 } raw && raw.All(char.IsControl)
                        ? "This line holds only control characters (a Ctrl-Z end-of-file marker of an old export?): delete it."
                    : count == 1 && OtherDelimiter(parser.RawRecord, delimiter) is { } other
                        ? $"This line uses {DelimiterName(other)} where the header uses {DelimiterName(delimiter)}: use one delimiter throughout the file (re-export it, or correct this line)."
                        : "A value or a delimiter is missing on this line: add the missing field (an empty field is read as missing).";
                problems.Add(recordStart, null, string.Create(CultureInfo.InvariantCulture, $"{n} fields as in the header (line {headerLine}); this line has {count}"), parser.RawRecord?.TrimEnd('\r', '\n'), fix);
                continue;
            }

            if (fallback.Triggered)
            {
                CheckEncoding(fields, recordStart, names, problems);
            }

            for (var j = 0; j < n; j++)
            {
                builders[j].Add(fields[j]);
            }

            lines.Add(recordStart);
        }

        if (lines.Count == 0 && !problems.Any)
        {
            problems.Add(headerLine + 1, null, "at least one data row after the header", null, "The file has a header but no data. Check that the export included the rows.");
        }

        problems.ThrowIfAny();

        for (var j = 0; j < n; j++)
        {
            if (builders[j].Flipped)
            {
                flipped.Add(j);
            }
        }

        if (flipped.Count > 0)
        {
            return null;
        }

        var columns = ImmutableArray.CreateBuilder<TableColumn>(n);
        var data = new ColumnData[n];
        for (var j = 0; j < n; j++)
        {
            var (column, kind, missing) = builders[j].Finish();
            data[j] = column;
            columns.Add(new TableColumn(names[j], j, kind, missing));
        }

        return new CohortTable(path, delimiter, options, columns.MoveToImmutable(), data, [.. lines], diagnostics.ToImmutable());
    }

    private const string UnbalancedQuoteFix = "A double quote opens a quoted value that is not closed properly, so the rest of the file would be swallowed into it. Close the quote, or write a literal quote inside a quoted value as \"\".";

    /// <summary>Adds the indices of <see cref="CsvReadOptions.TextColumns"/> to the columns read as text.</summary>
    internal static void AddTextColumns(string[] names, CsvReadOptions options, HashSet<int> forcedText)
    {
        foreach (var name in options.TextColumns)
        {
            var j = Array.IndexOf(names, name);
            if (j >= 0)
            {
                forcedText.Add(j);
            }
        }
    }

    internal static string[] CheckHeader(string[] header, int line, FlaggingDecoderFallback fallback, ProblemCollector problems, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var names = new string[header.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < header.Length; j++)
        {
            var name = header[j].Trim();
            if (fallback.Triggered && name.Contains('\uFFFD', StringComparison.Ordinal))
            {
                problems.Add(line, null, "UTF-8 text", name, NotUtf8Fix);
            }

            if (name.Length == 0)
            {
                if (j == 0 && header.Length > 1)
                {
                    // R's write.csv writes row names under an empty first header; read.csv would call it "X".
                    name = "column1";
                    diagnostics.Add(new Diagnostic(
                        DiagnosticSeverity.Info,
                        "blank-first-column-name",
                        "The first column has an empty name (R's row names, as written by write.csv); it is called \"column1\"."));
                }
                else
                {
                    var neighbours = j > 0 ? $" (after \"{header[j - 1].Trim()}\")" : string.Empty;
                    problems.Add(line, null, string.Create(CultureInfo.InvariantCulture, $"a name for column {j + 1}{neighbours}"), header[j], "Give every column a name in the header row.");
                }
            }
            else if (seen.TryGetValue(name, out var first))
            {
                problems.Add(line, name, string.Create(CultureInfo.InvariantCulture, $"unique column names, but columns {first + 1} and {j + 1} are both named this"), name, "Rename one of the two columns in the header row.");
            }
            else
            {
                seen[name] = j;
            }

            names[j] = name;
        }

        return names;
    }

    private const string NotUtf8Fix = "The file is not valid UTF-8 (probably Latin-1 / Windows-1252, e.g. saved by Excel as plain \"CSV\"). Save it as \"CSV UTF-8\" and try again.";

    private static void CheckEncoding(string[] fields, int line, string[] names, ProblemCollector problems)
    {
        for (var j = 0; j < names.Length; j++)
        {
            var field = fields[j];
            if (field.Contains('\uFFFD', StringComparison.Ordinal))
            {
                problems.Add(line, names[j], "UTF-8 text", field, NotUtf8Fix);
                return;
            }
        }
    }

    internal static char? OtherDelimiter(string? raw, char delimiter)
    {
        foreach (var candidate in (ReadOnlySpan<char>)[',', ';', '\t', '|'])
        {
            if (candidate != delimiter && raw is not null && raw.Contains(candidate, StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }

    internal static string DelimiterName(char delimiter) => delimiter switch
    {
        '\t' => "tab",
        _ => $"'{delimiter}'",
    };
}
