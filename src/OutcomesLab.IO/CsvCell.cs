using System.Globalization;

namespace OutcomesLab.IO;

/// <summary>
/// One CSV field as OutcomesLab writes it. <see cref="Quote"/> is RFC 4180 quoting alone (for files
/// OutcomesLab reads back itself); <see cref="Format"/> also neutralises spreadsheet formulas by the
/// OWASP CSV-injection rule: a cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or
/// a carriage return is prefixed with a single quote, so that a label such as
/// <c>=HYPERLINK("http://x")</c> taken from an input file is shown as text by Excel, LibreOffice or
/// Google Sheets instead of being run. Numbers are left alone (<c>-1.5</c>, <c>-Infinity</c>), and so
/// are numeric displays that start with a sign and hold nothing but digits, spaces and
/// <c>. , ; : % ( ) [ ] + - / –</c> (such as <c>-0.12 (-0.30, 0.05)</c>): without a letter there is
/// no function name, cell reference or DDE command a spreadsheet could execute.
/// See https://owasp.org/www-community/attacks/CSV_Injection.
/// </summary>
public static class CsvCell
{
    private static readonly System.Buffers.SearchValues<char> NumericDisplayCharacters = System.Buffers.SearchValues.Create("0123456789 .,;:%()[]+-/\u2013\u2212");

    /// <summary>RFC 4180 quoting: the field in double quotes (quotes doubled) when it holds a comma, a quote or a line break.</summary>
    /// <param name="field">The raw field.</param>
    /// <returns>The field as written between delimiters.</returns>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    /// <summary>The field for a CSV file a person may open in a spreadsheet: <see cref="Neutralise"/> then <see cref="Quote"/>.</summary>
    /// <param name="field">The raw field.</param>
    /// <returns>The field as written between delimiters.</returns>
    public static string Format(string field) => Quote(Neutralise(field));

    /// <summary>The field with a leading single quote when a spreadsheet would read it as a formula (see the type summary).</summary>
    /// <param name="field">The raw field.</param>
    /// <returns>The field, or <c>'</c> + field.</returns>
    public static string Neutralise(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return IsFormulaLike(field) ? "'" + field : field;
    }

    /// <summary>Whether a spreadsheet could read the field as a formula: it starts with = + - @ tab or CR and is neither a number nor a signed numeric display.</summary>
    /// <param name="field">The raw field.</param>
    /// <returns>True when <see cref="Neutralise"/> prefixes it.</returns>
    public static bool IsFormulaLike(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.Length == 0 || field[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return false;
        }

        if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }

        var signedDisplay = field[0] is '+' or '-'
            && field.AsSpan().IndexOfAnyExcept(NumericDisplayCharacters) < 0
            && field.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        return !signedDisplay;
    }
}
