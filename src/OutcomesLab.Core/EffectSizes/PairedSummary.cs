using System.Globalization;

namespace OutcomesLab.EffectSizes;

/// <summary>Summary statistics of paired measurements x (e.g. week 24) and y (e.g. baseline).</summary>
/// <param name="MeanDifference">mean(x − y).</param>
/// <param name="SdDifference">sd(x − y), n − 1 denominator.</param>
/// <param name="Count">Number of complete pairs.</param>
/// <param name="SdX">sd(x).</param>
/// <param name="SdY">sd(y).</param>
/// <param name="Correlation">Pearson correlation r of x and y.</param>
public sealed record PairedSummary(double MeanDifference, double SdDifference, int Count, double SdX, double SdY, double Correlation)
{
    /// <summary>Summarises complete pairs.</summary>
    /// <param name="x">First measurement of each pair (finite).</param>
    /// <param name="y">Second measurement of each pair (finite), same length.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">Lengths differ or a value is not finite.</exception>
    public static PairedSummary FromValues(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"x has {x.Length} values but y has {y.Length}: paired data need one y per x. Keep complete pairs only."),
                nameof(y));
        }

        var d = new double[x.Length];
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = x[i] - y[i];
        }

        var gx = GroupSummary.FromValues(x, nameof(x));
        var gy = GroupSummary.FromValues(y, nameof(y));
        var gd = GroupSummary.FromValues(d, "x - y");
        var sxy = 0.0;
        for (var i = 0; i < d.Length; i++)
        {
            sxy += (x[i] - gx.Mean) * (y[i] - gy.Mean);
        }

        var r = sxy / (d.Length - 1) / (gx.StandardDeviation * gy.StandardDeviation);
        return new PairedSummary(gd.Mean, gd.StandardDeviation, d.Length, gx.StandardDeviation, gy.StandardDeviation, r);
    }
}
