using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics;

namespace OutcomesLab.Inference;

/// <summary>
/// One-way analysis of variance with equal variances (Fisher's F test), as R's
/// <c>oneway.test(y ~ g, var.equal = TRUE)</c>; with two groups it equals the pooled two-sample t
/// test (F = t²).
/// </summary>
public static class OneWayAnova
{
    /// <summary>
    /// F = [Σ nᵢ(ȳᵢ − ȳ)²/(k − 1)] / [Σ (nᵢ − 1)sᵢ²/(N − k)] on (k − 1, N − k) df, upper-tail p.
    /// NaN values are left out; groups left empty are dropped (with a diagnostic).
    /// </summary>
    /// <param name="groups">The observations of each group.</param>
    /// <returns>The test; <see cref="HypothesisTestResult.DegreesOfFreedom"/> is k − 1 and <see cref="HypothesisTestResult.DenominatorDegreesOfFreedom"/> is N − k.</returns>
    /// <exception cref="ArgumentException">Fewer than two non-empty groups, or no more observations than groups.</exception>
    public static HypothesisTestResult Compute(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var used = groups.Select(g => g.Where(v => !double.IsNaN(v)).ToArray()).ToList();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var empty = used.Count(g => g.Length == 0);
        if (empty > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "empty-group", string.Create(CultureInfo.InvariantCulture, $"{empty} group(s) without observations were left out of the F test.")));
            used.RemoveAll(g => g.Length == 0);
        }

        var k = used.Count;
        var n = used.Sum(g => g.Length);
        if (k < 2 || n <= k)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The F test needs at least two non-empty groups and more observations than groups; found {k} group(s) with {n} observation(s)."), nameof(groups));
        }

        var grand = used.SelectMany(g => g).Average();
        double between = 0, within = 0;
        foreach (var g in used)
        {
            var m = g.Average();
            between += g.Length * (m - grand) * (m - grand);
            within += g.Sum(v => (v - m) * (v - m));
        }

        double df1 = k - 1, df2 = n - k;
        var f = between / df1 / (within / df2);
        var p = double.IsNaN(f) ? double.NaN : SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, df2 / (df2 + (df1 * f)));
        return new HypothesisTestResult("One-way analysis of means (equal variances), R oneway.test(var.equal = TRUE)", f, df1, p, diagnostics.ToImmutable())
        {
            DenominatorDegreesOfFreedom = df2,
        };
    }
}
