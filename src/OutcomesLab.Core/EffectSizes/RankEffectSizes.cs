using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;
using OutcomesLab.Internal;

namespace OutcomesLab.EffectSizes;

/// <summary>
/// Rank-based effect sizes, as R's <c>effectsize</c> 0.8.3: the rank-biserial correlation
/// (Glass 1965; Kerby 2014), Cliff's δ (Cliff 1993) and the matched-pairs rank-biserial
/// correlation. Ties get mid-ranks. Intervals are tanh(atanh(r) ± z·SE) (Fisher's z).
/// </summary>
public static class RankEffectSizes
{
    /// <summary>
    /// Rank-biserial correlation r = (U₁ − U₂)/(n₁n₂) = 2U₁/(n₁n₂) − 1, U₁ the Mann–Whitney U of the
    /// treatment computed from mid-ranks; SE = sqrt((n₁ + n₂ + 1)/(3n₁n₂)) on the atanh scale
    /// (R <c>effectsize::rank_biserial(x, y)</c>). Positive values mean treatment values tend to be larger.
    /// </summary>
    /// <param name="treatment">Treatment observations (finite).</param>
    /// <param name="control">Control observations (finite).</param>
    /// <param name="confidenceLevel">Confidence level.</param>
    /// <returns>r with its interval.</returns>
    public static EffectSizeResult RankBiserial(ReadOnlySpan<double> treatment, ReadOnlySpan<double> control, double confidenceLevel = 0.95)
        => TwoSample(EffectMeasure.RankBiserial, treatment, control, confidenceLevel);

    /// <summary>
    /// Cliff's δ = mean over all pairs of sign(xᵢ − yⱼ). It equals the rank-biserial correlation with
    /// mid-ranks, and its interval is the same Fisher-z interval (R <c>effectsize::cliffs_delta</c>,
    /// which is the same function in effectsize 0.8.3).
    /// </summary>
    /// <param name="treatment">Treatment observations.</param>
    /// <param name="control">Control observations.</param>
    /// <param name="confidenceLevel">Confidence level.</param>
    /// <returns>δ with its interval.</returns>
    public static EffectSizeResult CliffsDelta(ReadOnlySpan<double> treatment, ReadOnlySpan<double> control, double confidenceLevel = 0.95)
        => TwoSample(EffectMeasure.CliffsDelta, treatment, control, confidenceLevel);

    /// <summary>
    /// Cliff's δ by its definition, mean sign(xᵢ − yⱼ) over all n₁n₂ pairs (O(n₁n₂); a check of
    /// <see cref="CliffsDelta"/>).
    /// </summary>
    /// <param name="treatment">Treatment observations.</param>
    /// <param name="control">Control observations.</param>
    /// <returns>δ.</returns>
    public static double CliffsDeltaByDefinition(ReadOnlySpan<double> treatment, ReadOnlySpan<double> control)
    {
        var s = 0.0;
        foreach (var x in treatment)
        {
            foreach (var y in control)
            {
                s += Math.Sign(x - y);
            }
        }

        return s / ((double)treatment.Length * control.Length);
    }

    /// <summary>
    /// Matched-pairs rank-biserial correlation (ΣR⁺ − ΣR⁻)/(m(m+1)/2), R the mid-ranks of |x − y|
    /// over the m nonzero differences (zero differences dropped, as Wilcoxon's signed-rank test).
    /// SE = sqrt((2m³ + 3m² + m)/6)/(m(m+1)/2) on the atanh scale with m = the number of nonzero
    /// differences: R <c>effectsize::rank_biserial(x - y)</c>. (effectsize 0.8.3's two-vector call
    /// <c>rank_biserial(x, y, paired = TRUE)</c> has the same estimate but counts the nonzero x
    /// values for m, a bug; this method uses the intended m.)
    /// </summary>
    /// <param name="x">First measurement of each pair.</param>
    /// <param name="y">Second measurement of each pair.</param>
    /// <param name="confidenceLevel">Confidence level.</param>
    /// <returns>r with its interval; NTreatment = NControl = the number of nonzero differences.</returns>
    public static EffectSizeResult PairedRankBiserial(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double confidenceLevel = 0.95)
    {
        StandardizedMeanDifference.ValidateLevel(confidenceLevel);
        if (x.Length != y.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"x has {x.Length} values but y has {y.Length}: paired data need one y per x."), nameof(y));
        }

        var diffs = new List<double>(x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            var d = x[i] - y[i];
            if (!double.IsFinite(d))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Pair {i} has a missing or infinite value: keep complete pairs only."), nameof(x));
            }

            if (d != 0)
            {
                diffs.Add(d);
            }
        }

        var m = diffs.Count;
        var abs = diffs.Select(Math.Abs).ToArray();
        var ranks = Ranking.MidRanks(abs, out _);
        double rPlus = 0, rMinus = 0;
        for (var i = 0; i < m; i++)
        {
            if (diffs[i] > 0)
            {
                rPlus += ranks[i];
            }
            else
            {
                rMinus += ranks[i];
            }
        }

        var total = m * (m + 1) / 2.0;
        var r = (rPlus - rMinus) / total;
        var se = Math.Sqrt(((2.0 * m * m * m) + (3.0 * m * m) + m) / 6) / total;
        var (lo, hi) = FisherZ(r, se, confidenceLevel);
        var diag = x.Length - m > 0
            ? ImmutableArray.Create(new Diagnostic(DiagnosticSeverity.Info, "zero-differences-dropped", string.Create(CultureInfo.InvariantCulture, $"{x.Length - m} zero differences were dropped (Wilcoxon's convention).")))
            : ImmutableArray<Diagnostic>.Empty;
        return new EffectSizeResult(EffectMeasure.PairedRankBiserial, r, lo, hi, confidenceLevel, m, m, se,
            "matched-pairs rank-biserial (Kerby 2014), mid-ranks of |x − y|; Fisher-z interval with m = nonzero differences", diag);
    }

    private static EffectSizeResult TwoSample(EffectMeasure measure, ReadOnlySpan<double> x, ReadOnlySpan<double> y, double level)
    {
        StandardizedMeanDifference.ValidateLevel(level);
        var u1 = MannWhitneyU(x, y, out _);
        double n1 = x.Length, n2 = y.Length;
        var r = (2 * u1 / (n1 * n2)) - 1;
        var se = Math.Sqrt((n1 + n2 + 1) / (3 * n1 * n2));
        var (lo, hi) = FisherZ(r, se, level);
        var name = measure == EffectMeasure.CliffsDelta ? "Cliff's delta (= rank-biserial with mid-ranks)" : "rank-biserial (U₁ − U₂)/(n₁n₂), mid-ranks";
        return new EffectSizeResult(measure, r, lo, hi, level, x.Length, y.Length, se, name + "; Fisher-z interval, SE = sqrt((n₁+n₂+1)/(3n₁n₂))", ImmutableArray<Diagnostic>.Empty);
    }

    /// <summary>U₁ = R₁ − n₁(n₁+1)/2 with mid-ranks in the pooled sample; also Σ(t³ − t) over tie groups.</summary>
    internal static double MannWhitneyU(ReadOnlySpan<double> x, ReadOnlySpan<double> y, out double tieSum)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            throw new ArgumentException("Both groups need at least one observation.", nameof(x));
        }

        var all = new double[x.Length + y.Length];
        x.CopyTo(all);
        y.CopyTo(all.AsSpan(x.Length));
        for (var i = 0; i < all.Length; i++)
        {
            if (!double.IsFinite(all[i]))
            {
                var (name, idx) = i < x.Length ? ("treatment", i) : ("control", i - x.Length);
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name}[{idx}] is {all[i]}: expected a finite number; remove missing values first."), name);
            }
        }

        var ranks = Ranking.MidRanks(all, out tieSum);
        var r1 = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            r1 += ranks[i];
        }

        return r1 - (x.Length * (x.Length + 1) / 2.0);
    }

    private static (double Lower, double Upper) FisherZ(double r, double se, double level)
    {
        var z = Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
        var zr = Math.Atanh(r);
        return (Math.Tanh(zr - (z * se)), Math.Tanh(zr + (z * se)));
    }
}
