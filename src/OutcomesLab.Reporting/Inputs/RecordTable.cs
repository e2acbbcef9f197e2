using System.Globalization;
using Microsoft.Data.Analysis;
using OutcomesLab.IO;

namespace OutcomesLab.Reporting.Inputs;

/// <summary>
/// Column access for the long record files of the retention and uds commands (dosing, visits,
/// urine screens, index): every value problem becomes an <see cref="InputProblem"/> naming file,
/// line and column.
/// </summary>
internal sealed class RecordTable
{
    private RecordTable(CohortTable table, string option)
    {
        Table = table;
        Option = option;
    }

    public CohortTable Table { get; }

    public string Option { get; }

    public string File => Table.SourceFile;

    public int RowCount => Table.RowCount;

    /// <summary>Day values from this magnitude on (about 55 years) are spreadsheet date serials (Excel: 20000 = 1954-10-03), not study days.</summary>
    public const int ExcelSerialThreshold = 20000;

    /// <summary>Wraps a table read elsewhere (the report reads its data sets once); <paramref name="option"/> names it in errors.</summary>
    public static RecordTable From(CohortTable table, string option) => new(table, option);

    public int Line(int row) => Table.SourceLines[row];

    public DataFrameColumn Column(string name, string flag)
    {
        if (Table.FindColumn(name) is null)
        {
            throw new InputException(new InputProblem(
                File,
                null,
                null,
                $"a column \"{name}\" (named by {flag})",
                null,
                $"The columns of {Option} are: {string.Join(", ", Table.Columns.Select(c => c.Name))}. Name one of them with {flag}."));
        }

        return Table.Frame[name];
    }

    /// <summary>Text of each cell (numbers in invariant shortest form), null when missing.</summary>
    public string?[] Texts(string name, string flag)
    {
        var column = Column(name, flag);
        var values = new string?[RowCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = column[i] switch
            {
                null => null,
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                var o => CellText(o),
            };
        }

        return values;
    }

    /// <summary>Identifiers: no missing values allowed (rows outside <paramref name="keep"/> are not checked).</summary>
    public string[] Ids(string name, string flag, bool[]? keep = null)
    {
        var texts = Texts(name, flag);
        var ids = new string[texts.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            if (keep is not null && !keep[i])
            {
                ids[i] = "";
                continue;
            }

            ids[i] = texts[i] ?? throw new InputException(new InputProblem(File, Line(i), name, "a patient identifier", "", "Every record needs a patient; remove the row or fill in the identifier."));
        }

        return ids;
    }

    /// <summary>Whether the column holds dates (read as a date or date-time column, e.g. fill dates), not study days.</summary>
    public bool IsDate(string name, string flag) => Column(name, flag) is PrimitiveDataFrameColumn<DateTime>;

    /// <summary>Whether the column was read as numbers (codes in it have lost any leading zeros).</summary>
    public bool IsNumeric(string name, string flag) => Column(name, flag) is DoubleDataFrameColumn;

    /// <summary>The calendar day of a date cell as days since 1970-01-01 (the time of day of a date-time is dropped: dispensing counts whole days).</summary>
    public static int DayNumber(DateTime value) => (int)(value.Date - DateTime.UnixEpoch.Date).TotalDays;

    /// <summary>
    /// Whole-number study days; no missing values allowed (rows outside <paramref name="keep"/> are not checked).
    /// With <paramref name="dates"/>, a date column is accepted and read as days since 1970-01-01
    /// (<see cref="DayNumber"/>): one calendar scale for every patient, so differences between two
    /// dates (a fill and the index date) are the study days the numeric path computes.
    /// </summary>
    public int[] Days(string name, string flag, bool[]? keep = null, bool dates = false)
    {
        var column = Column(name, flag);
        var days = new int[RowCount];
        for (var i = 0; i < days.Length; i++)
        {
            if (keep is not null && !keep[i])
            {
                continue;
            }

            if (dates && column[i] is DateTime fill)
            {
                days[i] = DayNumber(fill);
                continue;
            }

            if (column[i] is double d && Math.Abs(d) < int.MaxValue && d == Math.Floor(d))
            {
                if (Math.Abs(d) >= ExcelSerialThreshold)
                {
                    // An Excel date serial read as a day count would silently shift every interval
                    // against the index day; no study day is 55 years from its anchor.
                    var date = new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified).AddDays(Math.Clamp(d, -600000, 2900000));
                    throw new InputException(new InputProblem(
                        File,
                        Line(i),
                        name,
                        string.Create(CultureInfo.InvariantCulture, $"a study day (days since a common anchor such as randomisation, below {ExcelSerialThreshold})"),
                        Convert.ToString(d, CultureInfo.InvariantCulture),
                        $"This looks like a spreadsheet date serial ({date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} in Excel), not a study day. Convert dates to study days (the date minus the patient's index date) in every file before using {flag}."));
                }

                days[i] = (int)d;
                continue;
            }

            throw new InputException(new InputProblem(
                File,
                Line(i),
                name,
                dates ? "a whole-number study day or a date (yyyy-MM-dd)" : "a whole number of days",
                column[i] is null ? "" : CellText(column[i]),
                dates
                    ? $"{flag} must name a column of integer study days or of dates (ISO 8601, or another layout with --date-format); fix or drop the record."
                    : $"{flag} must name a column of whole numbers of days (not dates); fix or drop the record."));
        }

        return days;
    }

    /// <summary>A cell as the file's text would read: invariant numbers, dates in ISO 8601 (date columns are DateTime in the frame).</summary>
    private static string? CellText(object? value) => value switch
    {
        DateTime dt when dt.TimeOfDay == TimeSpan.Zero => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Numbers (NaN when missing).</summary>
    public double[] Numbers(string name, string flag)
    {
        var column = Column(name, flag);
        var values = new double[RowCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = column[i] switch
            {
                null => double.NaN,
                double d => d,
                var o => throw new InputException(new InputProblem(File, Line(i), name, "a number", CellText(o), $"{flag} must name a numeric column.")),
            };
        }

        return values;
    }

    /// <summary>Rows kept by a <c>col=value</c> filter (all rows when the filter is null).</summary>
    public bool[] Filter(string? filter, string flag)
    {
        var keep = new bool[RowCount];
        if (filter is null)
        {
            Array.Fill(keep, true);
            return keep;
        }

        var eq = filter.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new UsageException($"{flag} \"{filter}\": expected COLUMN=VALUE, e.g. which=1.");
        }

        var texts = Texts(filter[..eq], flag);
        var value = filter[(eq + 1)..];
        for (var i = 0; i < keep.Length; i++)
        {
            keep[i] = string.Equals(texts[i], value, StringComparison.Ordinal);
        }

        return keep;
    }
}
