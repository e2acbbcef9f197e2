using System.Collections.Immutable;

namespace OutcomesLab.Inference;

/// <summary>The result of a classical test: statistic, degrees of freedom and two-sided p-value.</summary>
/// <param name="Method">The test in words, naming its R equivalent.</param>
/// <param name="Statistic">The test statistic (t, W, X², …).</param>
/// <param name="DegreesOfFreedom">Degrees of freedom (NaN when the reference distribution has none, e.g. the normal).</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="Diagnostics">Caveats (e.g. small expected counts).</param>
public sealed record HypothesisTestResult(string Method, double Statistic, double DegreesOfFreedom, double PValue, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Denominator degrees of freedom of an F test (R's second <c>parameter</c> of <c>oneway.test</c>); NaN for other tests.</summary>
    public double DenominatorDegreesOfFreedom { get; init; } = double.NaN;
}
