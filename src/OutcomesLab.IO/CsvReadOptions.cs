using System.Collections.Immutable;

namespace OutcomesLab.IO;

/// <summary>How a CSV file is read. The defaults mirror R's <c>read.csv</c> where it has an equivalent.</summary>
public sealed record CsvReadOptions
{
    /// <summary>The default missing-value codes: empty, <c>NA</c>, <c>.</c> and <c>NaN</c> (R's <c>na.strings</c> is <c>"NA"</c>; empty numeric fields are also NA in R).</summary>
    public static ImmutableArray<string> DefaultMissingValues { get; } = ["", "NA", ".", "NaN"];

    /// <summary>The default options.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>
    /// The field delimiter, or null to detect it among ',', ';' and tab: the candidate whose count
    /// outside quotes is the same in the header and in most of the first lines wins (CLI: <c>--delimiter</c>).
    /// </summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// Numbers use a decimal comma ("12,5" is 12.5), as European spreadsheet exports do (R's
    /// <c>read.csv2</c>, <c>dec = ","</c>). Then a '.' inside a number is not accepted, because in
    /// such files it is a thousands separator (CLI: <c>--decimal-comma</c>).
    /// </summary>
    public bool DecimalComma { get; init; }

    /// <summary>
    /// Field values read as missing (R's <c>na.strings</c>), compared ordinally after trimming
    /// surrounding white space; quoted and unquoted fields are treated alike (CLI: <c>--na</c>).
    /// </summary>
    public IReadOnlyList<string> MissingValues { get; init; } = DefaultMissingValues;

    /// <summary>
    /// A .NET custom date layout (e.g. <c>dd/MM/yyyy</c>, <c>MM/dd/yyyy</c>, <c>dd.MM.yyyy</c>,
    /// <c>yyyyMMdd</c>, <c>dd/MM/yyyy HH:mm</c>) that a column whose every non-missing value matches it
    /// exactly (<see cref="DateTime.TryParseExact(string, string, IFormatProvider, System.Globalization.DateTimeStyles, out DateTime)"/>,
    /// invariant culture) is read as a <see cref="ColumnKind.Date"/> (or <see cref="ColumnKind.DateTime"/> when
    /// the layout has hours), as R's <c>as.Date(x, format = "%d/%m/%Y")</c>. ISO 8601 values are recognised
    /// with or without it; other layouts are never guessed (CLI: <c>--date-format</c>).
    /// </summary>
    public string? DateFormat { get; init; }

    /// <summary>Whether a numeric column used where a date is required is read as Excel serial numbers (CLI: <c>--date-origin excel</c>).</summary>
    public DateOrigin DateOrigin { get; init; } = DateOrigin.None;

    /// <summary>
    /// Columns read as text whatever they hold, compared by name ordinally: codes whose leading zeros or
    /// layout matter (NDC and ATC drug codes, ZIP codes, identifiers such as 007), as R's
    /// <c>colClasses = "character"</c> (CLI: <c>--text-columns</c>). A name the file lacks is ignored here;
    /// the command that needs the column reports it.
    /// </summary>
    public IReadOnlyList<string> TextColumns { get; init; } = [];

    /// <summary>How many problems are listed before reading stops reporting ("... and N more"); at least 1.</summary>
    public int MaxProblems { get; init; } = 20;
}
