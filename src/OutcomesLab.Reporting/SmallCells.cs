using System.Globalization;

namespace OutcomesLab.Reporting;

/// <summary>
/// Small-cell suppression of counts for a plan's <c>suppress_below</c> K: a count from 1 to K-1 is
/// shown as "&lt;K" (zero is shown: an empty cell identifies nobody), as Core's
/// <see cref="Tables.SmallCellSuppression.PrimaryText"/> but for weighted (non-integer) counts too.
/// Tables that show totals use <see cref="Tables.SmallCellSuppression.Apply"/> for complementary suppression.
/// </summary>
internal static class SmallCells
{
    /// <summary>Whether a count is hidden under threshold <paramref name="k"/>.</summary>
    public static bool Hidden(double count, int? k) => k is { } t && count > 0 && count < t;

    /// <summary>The count as text, or "&lt;K" when hidden.</summary>
    public static string Count(double count, int? k) => Hidden(count, k)
        ? string.Create(CultureInfo.InvariantCulture, $"<{k}")
        : Plain(count);

    /// <summary>A count as an invariant whole number (one decimal if it is weighted).</summary>
    public static string Plain(double count) => Math.Abs(count - Math.Round(count)) < 1e-9
        ? Math.Round(count).ToString("0", CultureInfo.InvariantCulture)
        : count.ToString("0.0", CultureInfo.InvariantCulture);
}
