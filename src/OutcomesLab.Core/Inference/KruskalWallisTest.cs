using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics;
using OutcomesLab.Internal;

namespace OutcomesLab.Inference;

/// <summary>
/// The Kruskal–Wallis rank-sum test (Kruskal &amp; Wallis 1952) with the tie correction, as R's
/// <c>kruskal.test</c>: chi-square approximation on k − 1 df.
/// </summary>
public static class KruskalWallisTest
{
    /// <summary>
    /// H = [12/(N(N + 1)) Σ Rᵢ²/nᵢ − 3(N + 1)] / [1 − Σ(t³ − t)/(N³ − N)] with mid-ranks Rᵢ summed by
    /// group and t the sizes of tied groups; p = P(χ²ₖ₋₁ ≥ H). NaN values are left out; groups left
    /// empty are dropped (with a diagnostic).
    /// </summary>
    /// <param name="groups">The observations of each group.</param>
    /// <returns>The test; <see cref="HypothesisTestResult.Statistic"/> is H.</returns>
    /// <exception cref="ArgumentException">Fewer than two non-empty groups.</exception>
    public static HypothesisTestResult Compute(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var used = groups.Select(g => g.Where(v => !double.IsNaN(v)).ToArray()).ToList();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var empty = used.Count(g => g.Length == 0);
        if (empty > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "empty-group", string.Create(CultureInfo.InvariantCulture, $"{empty} group(s) without observations were left out of the Kruskal-Wallis test.")));
            used.RemoveAll(g => g.Length == 0);
        }

        if (used.Count < 2)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The Kruskal-Wallis test needs at least two non-empty groups; found {used.Count}."), nameof(groups));
        }

        var all = used.SelectMany(g => g).ToArray();
        var ranks = Ranking.MidRanks(all, out var tieSum);
        double n = all.Length;
        double sum = 0;
        var offset = 0;
        foreach (var g in used)
        {
            double r = 0;
            for (var i = 0; i < g.Length; i++)
            {
                r += ranks[offset + i];
            }

            sum += r * r / g.Length;
            offset += g.Length;
        }

        var h = ((12 * sum / (n * (n + 1))) - (3 * (n + 1))) / (1 - (tieSum / ((n * n * n) - n)));
        double df = used.Count - 1;
        var p = double.IsNaN(h) ? double.NaN : SpecialFunctions.GammaUpperRegularized(df / 2, Math.Max(h, 0) / 2);
        return new HypothesisTestResult("Kruskal-Wallis rank sum test, R kruskal.test", h, df, p, diagnostics.ToImmutable());
    }
}
