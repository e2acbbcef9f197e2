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

    /// <summary>How many problems are listed before reading stops reporting ("... and N more"); at least 1.</summary>
    public int MaxProblems { get; init; } = 20;
}
