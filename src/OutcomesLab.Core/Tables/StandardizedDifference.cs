using MathNet.Numerics.LinearAlgebra;

namespace OutcomesLab.Tables;

/// <summary>
/// Standardised differences between two groups for balance tables: Austin (2009, Stat Med
/// 28:3083) for a continuous variable and Yang &amp; Dalton (2012, SAS Global Forum paper 335)
/// for a categorical one, as R tableone's <c>ExtractSmd</c>. Both are returned as absolute values.
/// </summary>
public static class StandardizedDifference
{
    // R's .Machine$double.eps (2^-52); MASS::ginv's tolerance is its square root.
    private const double RMachineEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// |m₁ − m₂| / sqrt((s₁² + s₂²)/2) with sample variances (denominator n − 1) of the non-missing
    /// (non-NaN) values. Null when it is undefined: a group with fewer than two values, or both
    /// variances 0 (zero-variance variable).
    /// </summary>
    /// <param name="x1">Values of group 1.</param>
    /// <param name="x2">Values of group 2.</param>
    /// <returns>The SMD, or null.</returns>
    public static double? Continuous(IEnumerable<double> x1, IEnumerable<double> x2)
    {
        ArgumentNullException.ThrowIfNull(x1);
        ArgumentNullException.ThrowIfNull(x2);
        var a = x1.Where(v => !double.IsNaN(v)).ToArray();
        var b = x2.Where(v => !double.IsNaN(v)).ToArray();
        if (a.Length < 2 || b.Length < 2)
        {
            return null;
        }

        var (m1, v1) = MeanVariance(a);
        var (m2, v2) = MeanVariance(b);
        var pooled = (v1 + v2) / 2;
        return pooled > 0 ? Math.Abs(m1 - m2) / Math.Sqrt(pooled) : null;
    }

    /// <summary>
    /// sqrt((T − C)ᵀ S⁻ (T − C)) where T and C are the proportions of levels 2..K in each group
    /// (level 1 is the reference), S = (S₁ + S₂)/2 with S_kk = p_k(1 − p_k) and S_kl = −p_k·p_l, and
    /// S⁻ its Moore–Penrose inverse (singular values ≤ sqrt(ε)·max treated as 0, as R's
    /// <c>MASS::ginv</c>, which tableone uses). For two levels this is the binary SMD
    /// |p₁ − p₂| / sqrt((p₁(1 − p₁) + p₂(1 − p₂))/2). Null when a group has no values or S is 0
    /// (every subject in the same level in both groups).
    /// </summary>
    /// <param name="counts1">Counts per level in group 1.</param>
    /// <param name="counts2">Counts per level in group 2 (same levels).</param>
    /// <returns>The SMD, or null.</returns>
    public static double? Categorical(IReadOnlyList<int> counts1, IReadOnlyList<int> counts2)
    {
        ArgumentNullException.ThrowIfNull(counts1);
        ArgumentNullException.ThrowIfNull(counts2);
        if (counts1.Count != counts2.Count || counts1.Count < 2)
        {
            throw new ArgumentException("Give the counts of the same two or more levels for both groups.", nameof(counts2));
        }

        double n1 = counts1.Sum(), n2 = counts2.Sum();
        if (n1 == 0 || n2 == 0)
        {
            return null;
        }

        var k = counts1.Count - 1;
        var t = Vector<double>.Build.Dense(k, i => counts1[i + 1] / n1);
        var c = Vector<double>.Build.Dense(k, i => counts2[i + 1] / n2);
        var s = Matrix<double>.Build.Dense(k, k, (i, j) => i == j
            ? ((t[i] * (1 - t[i])) + (c[i] * (1 - c[i]))) / 2
            : -((t[i] * t[j]) + (c[i] * c[j])) / 2);
        var svd = s.Svd(computeVectors: true);
        var d = svd.S;
        var max = d.Maximum();
        if (!(max > 0))
        {
            return null;
        }

        var tol = Math.Sqrt(RMachineEpsilon) * max;
        var diff = t - c;
        var ut = svd.U.TransposeThisAndMultiply(diff);
        double q = 0;
        for (var i = 0; i < d.Count; i++)
        {
            if (d[i] > tol)
            {
                q += ut[i] * (svd.VT.Row(i) * diff) / d[i];
            }
        }

        return Math.Sqrt(Math.Max(q, 0));
    }

    internal static (double Mean, double Variance) MeanVariance(IReadOnlyList<double> x)
    {
        var mean = 0.0;
        for (var i = 0; i < x.Count; i++)
        {
            mean += x[i];
        }

        mean /= x.Count;
        var ss = 0.0;
        for (var i = 0; i < x.Count; i++)
        {
            ss += (x[i] - mean) * (x[i] - mean);
        }

        return (mean, x.Count > 1 ? ss / (x.Count - 1) : double.NaN);
    }
}
