using System.Globalization;

namespace OutcomesLab.IO.Internal;

/// <summary>
/// Recognises text columns that are probably not categories: numbers written with a decimal comma
/// read without <c>--decimal-comma</c>, and columns with more distinct values than a factor plausibly
/// has (an id, a date, a free-text or a continuous measurement), which a model would otherwise
/// dummy-code into hundreds of columns and fit without complaint.
/// </summary>
internal static class TextColumnShape
{
    /// <summary>More distinct levels than this is never taken as a factor unless the user names the column as one.</summary>
    public const int MaxFactorLevels = 50;

    /// <summary>A column with more than this many levels and more than one level per ten rows is not taken as a factor either.</summary>
    public const int MinLevelsForRowShare = 10;

    /// <summary>True when the values contain at least one comma and every value would be a number read with a decimal comma.</summary>
    /// <param name="values">The non-missing values of the column.</param>
    /// <param name="example">A value with a comma, for the message.</param>
    public static bool LooksLikeDecimalCommaNumbers(IEnumerable<string?> values, out string? example)
    {
        example = null;
        var any = false;
        foreach (var v in values)
        {
            if (v is null)
            {
                continue;
            }

            if (!NumberText.TryParse(v, decimalComma: true, out _))
            {
                example = null;
                return false;
            }

            if (example is null && v.Contains(',', StringComparison.Ordinal))
            {
                example = v.Trim();
            }

            any = true;
        }

        return any && example is not null;
    }

    /// <summary>The rule, for messages.</summary>
    public static string Rule => string.Create(CultureInfo.InvariantCulture, $"A text column is taken as a factor only with at most {MaxFactorLevels} levels, and with more than {MinLevelsForRowShare} only if there are at least 10 rows per level.");

    /// <summary>Why a text column with <paramref name="levels"/> distinct values among <paramref name="rows"/> rows is implausible as a factor, or null when it is plausible.</summary>
    /// <param name="levels">Distinct values.</param>
    /// <param name="rows">Rows analysed.</param>
    public static string? ImplausibleFactor(int levels, int rows)
    {
        if (levels > MaxFactorLevels)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{levels} distinct values");
        }

        if (levels > MinLevelsForRowShare && levels * 10L > rows)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{levels} distinct values in {rows} rows");
        }

        return null;
    }
}
