using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Descriptive distribution of a score by group: n, quartiles by the type-7 sample quantile (linear
/// interpolation of the order statistics at (n − 1)p; R's default, Hyndman RJ, Fan Y. Sample
/// quantiles in statistical packages. <i>Am Stat</i> 1996;50:361–365), Tukey's box-plot whiskers
/// (the most extreme values within 1.5·IQR of the quartiles) and outliers beyond them (Tukey JW.
/// <i>Exploratory Data Analysis</i>. Addison-Wesley; 1977), and histogram counts on equal-width breaks
/// over the pooled range with Sturges' number of classes ⌈log₂ n⌉ + 1 (Sturges HA. <i>J Am Stat
/// Assoc</i> 1926;21:65–66), shared by all groups.
/// </summary>
public static class DistributionSummary
{
    /// <summary>Summarises <paramref name="values"/> by group.</summary>
    /// <param name="values">One value per subject; <see cref="double.NaN"/> marks a missing value (skipped).</param>
    /// <param name="groups">Group of each subject, or null for one group named "All".</param>
    /// <returns>The summaries and shared breaks.</returns>
    /// <exception cref="ArgumentException">The lengths disagree, a value is infinite, or no value is present.</exception>
    public static DistributionSummaryResult Compute(IReadOnlyList<double> values, IReadOnlyList<string>? groups)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (groups is not null && groups.Count != values.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{groups.Count} groups for {values.Count} values."), nameof(groups));
        }

        if (values.Any(double.IsInfinity))
        {
            throw new ArgumentException("Values must be finite (NaN marks a missing value).", nameof(values));
        }

        var order = new List<string>();
        var byGroup = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }

            var g = groups?[i] ?? "All";
            if (!byGroup.TryGetValue(g, out var list))
            {
                list = [];
                byGroup[g] = list;
                order.Add(g);
            }

            list.Add(values[i]);
        }

        if (order.Count == 0)
        {
            throw new ArgumentException("No non-missing value to summarise.", nameof(values));
        }

        var pooled = byGroup.Values.SelectMany(v => v).ToList();
        var breaks = SturgesBreaks(pooled);
        var summaries = ImmutableArray.CreateBuilder<DistributionGroupSummary>(order.Count);
        foreach (var g in order)
        {
            var xs = byGroup[g];
            var sorted = xs.Order().ToArray();
            var q1 = Quantile(sorted, 0.25);
            var q3 = Quantile(sorted, 0.75);
            var fence = 1.5 * (q3 - q1);
            var inside = sorted.Where(x => x >= q1 - fence && x <= q3 + fence).ToArray();
            var counts = new int[breaks.Length - 1];
            foreach (var x in xs)
            {
                counts[Bin(breaks, x)]++;
            }

            summaries.Add(new DistributionGroupSummary(
                g,
                sorted.Length,
                sorted[0],
                q1,
                Quantile(sorted, 0.5),
                q3,
                sorted[^1],
                inside[0],
                inside[^1],
                [.. sorted.Where(x => x < q1 - fence || x > q3 + fence)],
                [.. xs],
                [.. counts]));
        }

        return new DistributionSummaryResult(breaks, summaries.MoveToImmutable());
    }

    /// <summary>The type-7 sample quantile of ascending <paramref name="sorted"/> values at probability <paramref name="p"/>.</summary>
    /// <param name="sorted">Values in ascending order, at least one.</param>
    /// <param name="p">Probability in [0, 1].</param>
    /// <returns>x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) with h = (n − 1)p, zero-based.</returns>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0 || !(p >= 0 && p <= 1))
        {
            throw new ArgumentException("Give at least one value and p in [0, 1].", nameof(p));
        }

        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static ImmutableArray<double> SturgesBreaks(List<double> pooled)
    {
        var k = (int)Math.Ceiling(Math.Log2(pooled.Count)) + 1;
        double min = pooled.Min(), max = pooled.Max();
        if (max - min < 1e-12)
        {
            return [min - 0.5, max + 0.5];
        }

        var width = (max - min) / k;
        return [.. Enumerable.Range(0, k + 1).Select(i => i == k ? max : min + (i * width))];
    }

    private static int Bin(ImmutableArray<double> breaks, double x)
    {
        for (var b = 1; b < breaks.Length; b++)
        {
            if (x <= breaks[b])
            {
                return b - 1;
            }
        }

        return breaks.Length - 2;
    }
}
