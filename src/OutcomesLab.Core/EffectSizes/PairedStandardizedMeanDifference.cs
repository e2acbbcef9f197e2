using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;

namespace OutcomesLab.EffectSizes;

/// <summary>
/// Standardised mean differences for paired (within-subject) designs, x − y (Lakens 2013):
/// <list type="bullet">
/// <item>d_z = mean(x − y)/sd(x − y): R <c>effectsize::cohens_d(x, y, paired = TRUE)</c>. Exact CI from
/// t = d_z·sqrt(n), df = n − 1, limits λ/sqrt(n).</item>
/// <item>paired g = d_z·J(n − 1): R <c>hedges_g(paired = TRUE)</c>; interval × J.</item>
/// <item>d_av = mean(x − y)/((s_x + s_y)/2) (Cumming 2012). d_av = d_z·sd(x − y)/s_av, and its
/// interval is the d_z interval times that ratio, treating the SDs as fixed (an approximation).</item>
/// <item>d_rm = d_z·sqrt(2(1 − r)), r the Pearson correlation of x and y (Lakens 2013, eq. 9;
/// Morris &amp; DeShon 2002, eq. 12); the interval is the d_z interval × sqrt(2(1 − r)), treating r
/// as known. effectsize 0.8.3 has no d_av or d_rm.</item>
/// </list>
/// The normal-approximation interval uses SE(d_z)² = 1/n + d_z²/(2n), scaled the same way.
/// </summary>
public static class PairedStandardizedMeanDifference
{
    /// <summary>Computes a paired SMD from complete pairs.</summary>
    /// <param name="measure"><see cref="EffectMeasure.PairedDz"/>, <see cref="EffectMeasure.PairedHedgesG"/>, <see cref="EffectMeasure.PairedDav"/> or <see cref="EffectMeasure.PairedDrm"/>.</param>
    /// <param name="x">First measurement of each pair (e.g. follow-up).</param>
    /// <param name="y">Second measurement (e.g. baseline).</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The effect size; a positive value means x is larger on average.</returns>
    public static EffectSizeResult Compute(EffectMeasure measure, ReadOnlySpan<double> x, ReadOnlySpan<double> y, SmdOptions? options = null)
        => Compute(measure, PairedSummary.FromValues(x, y), options);

    /// <summary>Computes a paired SMD from summary statistics.</summary>
    /// <param name="measure">As <see cref="Compute(EffectMeasure, ReadOnlySpan{double}, ReadOnlySpan{double}, SmdOptions?)"/>.</param>
    /// <param name="summary">The paired summary (r is needed only for d_rm; s_x, s_y only for d_av).</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The effect size.</returns>
    /// <exception cref="ArgumentException">Fewer than 2 pairs or a non-positive SD of the differences.</exception>
    public static EffectSizeResult Compute(EffectMeasure measure, PairedSummary summary, SmdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        options ??= SmdOptions.Default;
        StandardizedMeanDifference.ValidateLevel(options.ConfidenceLevel);
        if (summary.Count < 2 || !(summary.SdDifference > 0))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"summary has {summary.Count} pairs and sd(x - y) = {summary.SdDifference}: expected at least 2 pairs with differences that are not all equal."),
                nameof(summary));
        }

        double n = summary.Count;
        var df = n - 1;
        var dz = summary.MeanDifference / summary.SdDifference;
        double factor;
        string what;
        switch (measure)
        {
            case EffectMeasure.PairedDz:
                factor = 1;
                what = "d_z = mean(x − y)/sd(x − y)";
                break;
            case EffectMeasure.PairedHedgesG:
                factor = StandardizedMeanDifference.HedgesCorrection(df);
                what = string.Create(CultureInfo.InvariantCulture, $"paired g = d_z·J(n − 1), J = {factor:R}");
                break;
            case EffectMeasure.PairedDav:
                factor = summary.SdDifference / ((summary.SdX + summary.SdY) / 2);
                what = "d_av = mean(x − y)/((s_x + s_y)/2) (Cumming 2012); interval = d_z interval × sd(x − y)/s_av";
                break;
            case EffectMeasure.PairedDrm:
                factor = Math.Sqrt(2 * (1 - summary.Correlation));
                what = string.Create(CultureInfo.InvariantCulture, $"d_rm = d_z·sqrt(2(1 − r)), r = {summary.Correlation:R} (Lakens 2013, eq. 9); interval = d_z interval × sqrt(2(1 − r))");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, "Expected PairedDz, PairedHedgesG, PairedDav or PairedDrm.");
        }

        if (!double.IsFinite(factor))
        {
            throw new ArgumentException("The SDs or the correlation needed for this measure are missing or invalid.", nameof(summary));
        }

        double lo, hi, se = double.NaN;
        var level = options.ConfidenceLevel;
        if (options.CiMethod == SmdCiMethod.NoncentralT)
        {
            var scale = Math.Sqrt(1 / n);
            (lo, hi) = StandardizedMeanDifference.NcpInterval(dz / scale, df, level);
            lo *= scale * factor;
            hi *= scale * factor;
            what += string.Create(CultureInfo.InvariantCulture, $"; noncentral t interval, df = {df} (Steiger & Fouladi 1997)");
        }
        else
        {
            se = factor * Math.Sqrt((1 / n) + (dz * dz / (2 * n)));
            var z = Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
            lo = (dz * factor) - (z * se);
            hi = (dz * factor) + (z * se);
            what += "; normal-approximation interval, SE(d_z)² = 1/n + d_z²/(2n)";
        }

        return new EffectSizeResult(measure, dz * factor, lo, hi, level, summary.Count, summary.Count, se, what, ImmutableArray<Diagnostic>.Empty);
    }
}
