using System.Globalization;

namespace OutcomesLab.Cli.Reporting;

/// <summary>
/// Small-cell suppression of counts for a plan's <c>suppress_below</c> K: a count from 1 to K-1 is
/// shown as "&lt;K" (zero is shown: an empty cell identifies nobody). Where a row also shows its total,
/// one more count (the smallest remaining non-zero one) is suppressed so the hidden one cannot be
/// recovered by subtraction (complementary suppression).
/// </summary>
internal static class SmallCells
{
    /// <summary>Whether a count is hidden under threshold <paramref name="k"/>.</summary>
    public static bool Hidden(double count, int? k) => k is { } t && count > 0 && count < t;

    /// <summary>The count as text, or "&lt;K" when hidden.</summary>
    public static string Count(double count, int? k) => Hidden(count, k)
        ? string.Create(CultureInfo.InvariantCulture, $"<{k}")
        : Plain(count);

    /// <summary>
    /// Which counts of a row with a visible total to hide: those below K, plus (when exactly one is
    /// hidden) the smallest other non-zero count, so the hidden one cannot be derived from the total.
    /// </summary>
    public static bool[] HiddenWithComplement(IReadOnlyList<double> counts, int? k)
    {
        var hidden = counts.Select(c => Hidden(c, k)).ToArray();
        if (hidden.Count(h => h) == 1)
        {
            var next = -1;
            for (var i = 0; i < counts.Count; i++)
            {
                if (!hidden[i] && counts[i] > 0 && (next < 0 || counts[i] < counts[next]))
                {
                    next = i;
                }
            }

            if (next >= 0)
            {
                hidden[next] = true;
            }
        }

        return hidden;
    }

    /// <summary>A count as an invariant whole number (one decimal if it is weighted).</summary>
    public static string Plain(double count) => Math.Abs(count - Math.Round(count)) < 1e-9
        ? Math.Round(count).ToString("0", CultureInfo.InvariantCulture)
        : count.ToString("0.0", CultureInfo.InvariantCulture);
}
