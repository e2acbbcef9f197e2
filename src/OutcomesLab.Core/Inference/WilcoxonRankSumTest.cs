using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using OutcomesLab.EffectSizes;

namespace OutcomesLab.Inference;

/// <summary>
/// Wilcoxon rank-sum (Mann–Whitney) test with the normal approximation, tie-corrected variance and
/// continuity correction: R <c>wilcox.test(x, y, exact = FALSE, correct = TRUE)</c>.
/// </summary>
public static class WilcoxonRankSumTest
{
    /// <summary>
    /// W = U₁ (mid-ranks); z = (W − n₁n₂/2 − sign·½)/σ with
    /// σ² = n₁n₂/12·((n + 1) − Σ(t³ − t)/(n(n − 1))); p = 2·min(Φ(z), 1 − Φ(z)).
    /// </summary>
    /// <param name="x">Treatment observations.</param>
    /// <param name="y">Control observations.</param>
    /// <param name="continuityCorrection">Apply the ½ continuity correction (R's default <c>correct = TRUE</c>).</param>
    /// <returns>The test; <see cref="HypothesisTestResult.Statistic"/> is W.</returns>
    public static HypothesisTestResult Compute(ReadOnlySpan<double> x, ReadOnlySpan<double> y, bool continuityCorrection = true)
    {
        var w = RankEffectSizes.MannWhitneyU(x, y, out var ties);
        double n1 = x.Length, n2 = y.Length, n = n1 + n2;
        var z = w - (n1 * n2 / 2);
        var sigma = Math.Sqrt(n1 * n2 / 12 * ((n + 1) - (ties / (n * (n - 1)))));
        var corr = continuityCorrection ? Math.Sign(z) * 0.5 : 0;
        z = (z - corr) / sigma;
        var p = 2 * Math.Min(Normal.CDF(0, 1, z), Normal.CDF(0, 1, -z));
        return new HypothesisTestResult("Wilcoxon rank sum test, normal approximation" + (continuityCorrection ? " with continuity correction" : string.Empty) + ", R wilcox.test(exact = FALSE)", w, double.NaN, Math.Min(1, p), ImmutableArray<Diagnostic>.Empty);
    }
}
