using System.Collections.Immutable;
using MathNet.Numerics.Distributions;
using OutcomesLab.EffectSizes;

namespace OutcomesLab.Inference;

/// <summary>Student and Welch two-sample t tests and the paired t test, as R's <c>t.test</c> (two-sided, mu = 0).</summary>
public static class TTest
{
    /// <summary>Two-sample t test with pooled variance (R <c>t.test(x, y, var.equal = TRUE)</c>; Student 1908).</summary>
    /// <param name="x">Treatment observations.</param>
    /// <param name="y">Control observations.</param>
    /// <returns>t = (x̄ − ȳ)/(s_p·sqrt(1/n₁ + 1/n₂)), df = n₁ + n₂ − 2.</returns>
    public static HypothesisTestResult Pooled(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var a = GroupSummary.FromValues(x, nameof(x));
        var b = GroupSummary.FromValues(y, nameof(y));
        double n1 = a.Count, n2 = b.Count;
        var df = n1 + n2 - 2;
        var sp2 = (((n1 - 1) * a.Variance) + ((n2 - 1) * b.Variance)) / df;
        var t = (a.Mean - b.Mean) / Math.Sqrt(sp2 * ((1 / n1) + (1 / n2)));
        return Result("Two Sample t-test (pooled variance), R t.test(var.equal = TRUE)", t, df);
    }

    /// <summary>Welch's unequal-variance t test with Satterthwaite df (R <c>t.test(x, y)</c>; Welch 1947).</summary>
    /// <param name="x">Treatment observations.</param>
    /// <param name="y">Control observations.</param>
    /// <returns>The test.</returns>
    public static HypothesisTestResult Welch(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var a = GroupSummary.FromValues(x, nameof(x));
        var b = GroupSummary.FromValues(y, nameof(y));
        var v1 = a.Variance / a.Count;
        var v2 = b.Variance / b.Count;
        var se2 = v1 + v2;
        var df = se2 * se2 / ((v1 * v1 / (a.Count - 1)) + (v2 * v2 / (b.Count - 1)));
        var t = (a.Mean - b.Mean) / Math.Sqrt(se2);
        return Result("Welch Two Sample t-test, R t.test()", t, df);
    }

    /// <summary>Paired t test on x − y (R <c>t.test(x, y, paired = TRUE)</c>).</summary>
    /// <param name="x">First measurement of each pair.</param>
    /// <param name="y">Second measurement.</param>
    /// <returns>The test with df = n − 1.</returns>
    public static HypothesisTestResult Paired(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var s = PairedSummary.FromValues(x, y);
        var t = s.MeanDifference / (s.SdDifference / Math.Sqrt(s.Count));
        return Result("Paired t-test, R t.test(paired = TRUE)", t, s.Count - 1);
    }

    private static HypothesisTestResult Result(string method, double t, double df)
        => new(method, t, df, 2 * StudentT.CDF(0, 1, df, -Math.Abs(t)), ImmutableArray<Diagnostic>.Empty);
}
