using System.Globalization;
using System.Text;

namespace OutcomesLab.IO;

/// <summary>
/// One problem found in an input file: where it is, what was expected, what was found and how to
/// fix it. <see cref="ToString"/> renders it as the one-paragraph message the CLI prints, e.g.
/// <c>cohort.csv line 214, column "days": expected a non-negative number, found "12,5". If the file uses decimal commas, add --decimal-comma.</c>
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based physical line in the file (the header is line 1), or the 1-based row of a Parquet file (printed as "row"), or null when the problem concerns the whole file.</param>
/// <param name="Column">The column name, or null when the problem is not tied to one column.</param>
/// <param name="Expected">What a valid input looks like, phrased to follow "expected".</param>
/// <param name="Found">The offending value as read (shown truncated to <see cref="MaxFoundLength"/> characters), or null.</param>
/// <param name="Fix">One or two sentences on how to fix the input, naming the CLI flag when one helps.</param>
public sealed record InputProblem(string File, int? Line, string? Column, string Expected, string? Found, string Fix)
{
    /// <summary>Longest excerpt of <see cref="Found"/> shown in messages; longer values end with "...".</summary>
    public const int MaxFoundLength = 40;

    /// <summary>How <see cref="Line"/> is named in the message, <c>line</c> or <c>row</c>; null names it by the file's extension (a <c>.parquet</c> file has rows, any other lines), so a reader that knows the format (e.g. a Parquet file read with <c>--input-format parquet</c>) sets it.</summary>
    public string? PositionWord { get; init; }

    /// <summary>Renders the problem as one paragraph: file, line, column, expected, found, fix.</summary>
    /// <returns>The message paragraph.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(File);
        if (Line is { } line)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {PositionWord ?? Internal.SourcePosition.Word(File)} {line}");
        }

        if (Column is not null)
        {
            sb.Append(Line is null ? " column \"" : ", column \"").Append(Column).Append('"');
        }

        sb.Append(": expected ").Append(Expected);
        if (Found is not null)
        {
            sb.Append(", found \"").Append(Excerpt(Found)).Append('"');
        }

        sb.Append('.');
        if (Fix.Length > 0)
        {
            sb.Append(' ').Append(Fix);
        }

        return sb.ToString();
    }

    /// <summary>Shortens a value to <see cref="MaxFoundLength"/> characters and makes line breaks, NUL and other control characters visible (\r, \n, \0, \t, \xNN).</summary>
    /// <param name="value">The raw value.</param>
    /// <returns>A printable excerpt.</returns>
    public static string Excerpt(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var cut = value.Length > MaxFoundLength ? value[..MaxFoundLength] + "..." : value;
        var sb = new StringBuilder(cut.Length);
        foreach (var c in cut)
        {
            _ = c switch
            {
                '\r' => sb.Append("\\r"),
                '\n' => sb.Append("\\n"),
                '\0' => sb.Append("\\0"),
                '\t' => sb.Append("\\t"),
                < ' ' or '\u007F' => sb.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }
}
