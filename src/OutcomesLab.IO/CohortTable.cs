using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;
using OutcomesLab.IO.Internal;

namespace OutcomesLab.IO;

/// <summary>
/// A CSV file loaded by <see cref="CohortCsvReader.ReadTable"/>: a <see cref="DataFrame"/> whose
/// columns have the types inferred by this library (<see cref="DoubleDataFrameColumn"/> for
/// <see cref="ColumnKind.Number"/> and <see cref="ColumnKind.Integer"/>, <see cref="StringDataFrameColumn"/>
/// for <see cref="ColumnKind.Text"/> and <see cref="ColumnKind.Boolean"/>, <c>PrimitiveDataFrameColumn&lt;DateTime&gt;</c>
/// for <see cref="ColumnKind.Date"/> and <see cref="ColumnKind.DateTime"/>; missing values are null),
/// plus the physical file line of every row for error messages.
/// </summary>
public sealed class CohortTable
{
    private DataFrame? _frame;

    internal CohortTable(
        string sourceFile,
        char delimiter,
        CsvReadOptions options,
        ImmutableArray<TableColumn> columns,
        ColumnData[] data,
        ImmutableArray<int> sourceLines,
        ImmutableArray<Diagnostic> diagnostics,
        TableFileFormat format = TableFileFormat.Csv)
    {
        SourceFile = sourceFile;
        Format = format;
        Delimiter = delimiter;
        Options = options;
        Columns = columns;
        Data = data;
        SourceLines = sourceLines;
        Diagnostics = diagnostics;
    }

    /// <summary>The file as the user named it (used in messages).</summary>
    public string SourceFile { get; }

    /// <summary>The format the file was read in; for <see cref="TableFileFormat.Parquet"/>, <see cref="SourceLines"/> are 1-based row numbers and <see cref="Delimiter"/> means nothing.</summary>
    public TableFileFormat Format { get; }

    /// <summary>The delimiter used (given or detected).</summary>
    public char Delimiter { get; }

    /// <summary>The options the file was read with.</summary>
    public CsvReadOptions Options { get; }

    /// <summary>The columns in file order with their inferred types.</summary>
    public ImmutableArray<TableColumn> Columns { get; }

    /// <summary>The 1-based physical file line on which each row starts (the header is line 1).</summary>
    public ImmutableArray<int> SourceLines { get; }

    /// <summary>Warnings about the file that did not stop reading (e.g. a generated column name).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The data as a DataFrame with explicit column types (never float32, never guessed by <c>DataFrame.LoadCsv</c>).</summary>
    /// <remarks>Built on first access: commands that read columns through this library never pay for a second copy of the data.</remarks>
    public DataFrame Frame => LazyInitializer.EnsureInitialized(ref _frame, () => BuildFrame(Columns, Data));

    /// <summary>Number of data rows (blank lines are skipped, as R's <c>blank.lines.skip = TRUE</c>).</summary>
    public int RowCount => SourceLines.Length;

    internal ColumnData[] Data { get; }

    /// <summary>Finds a column by exact (ordinal) name.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The column, or null when there is none of that name.</returns>
    public TableColumn? FindColumn(string name)
    {
        foreach (var c in Columns)
        {
            if (string.Equals(c.Name, name, StringComparison.Ordinal))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// This table with one more numeric column derived from it (a time computed from two dates, an age),
    /// appended after the file's columns; the file's columns and lines are shared, not copied.
    /// </summary>
    /// <param name="name">The new column's name; it must not be a column of the table.</param>
    /// <param name="values">One value per row; NaN is missing.</param>
    /// <returns>The extended table (kind <see cref="ColumnKind.Integer"/> when every value is whole, else <see cref="ColumnKind.Number"/>).</returns>
    /// <exception cref="ArgumentException">The name is taken or the length differs from <see cref="RowCount"/>.</exception>
    public CohortTable WithDerivedColumn(string name, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        if (FindColumn(name) is not null)
        {
            throw new ArgumentException($"The table already has a column \"{name}\".", nameof(name));
        }

        if (values.Count != RowCount)
        {
            throw new ArgumentException($"Expected {RowCount} values, one per row; got {values.Count}.", nameof(values));
        }

        var numbers = new double[values.Count];
        var mask = new bool[values.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            mask[i] = double.IsNaN(values[i]);
            numbers[i] = mask[i] ? 0 : values[i];
        }

        var (column, kind, missing) = ColumnBuilder.FinishNumbers(numbers, mask, null);
        return new CohortTable(SourceFile, Delimiter, Options, Columns.Add(new TableColumn(name, Columns.Length, kind, missing)), [.. Data, column], SourceLines, Diagnostics, Format);
    }

    private static DataFrame BuildFrame(ImmutableArray<TableColumn> columns, ColumnData[] data)
    {
        var frameColumns = new List<DataFrameColumn>(columns.Length);
        for (var j = 0; j < columns.Length; j++)
        {
            var d = data[j];
            if (d.Dates is not null)
            {
                var dates = new PrimitiveDataFrameColumn<DateTime>(columns[j].Name, d.Numbers!.Length);
                for (var i = 0; i < d.Numbers.Length; i++)
                {
                    dates[i] = d.IsMissing(i) ? null : DateText.FromDays(d.Numbers[i]);
                }

                frameColumns.Add(dates);
            }
            else if (d.Numbers is { } numbers)
            {
                // The Arrow-style constructor takes the values and validity bitmap as bytes, which is a
                // memory copy instead of a per-element enumeration (about 20 times faster).
                var validity = new byte[(numbers.Length + 7) / 8];
                var nullCount = 0;
                for (var i = 0; i < numbers.Length; i++)
                {
                    if (d.IsMissing(i))
                    {
                        nullCount++;
                    }
                    else
                    {
                        validity[i >> 3] |= (byte)(1 << (i & 7));
                    }
                }

                var bytes = MemoryMarshal.AsBytes(numbers.AsSpan()).ToArray();
                frameColumns.Add(new DoubleDataFrameColumn(columns[j].Name, bytes, validity, numbers.Length, nullCount));
            }
            else
            {
                frameColumns.Add(new StringDataFrameColumn(columns[j].Name, d.Texts!));
            }
        }

        return new DataFrame(frameColumns);
    }
}
