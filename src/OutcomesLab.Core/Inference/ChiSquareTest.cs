using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics;
using OutcomesLab.EffectSizes;

namespace OutcomesLab.Inference;

/// <summary>Pearson's chi-square test of independence for a 2×2 table, as R's <c>chisq.test</c>.</summary>
public static class ChiSquareTest
{
    /// <summary>Expected counts under independence, E_ij = row_i·col_j/N.</summary>
    /// <param name="table">The table.</param>
    /// <returns>Rows × columns.</returns>
    public static ImmutableArray<ImmutableArray<double>> ExpectedCounts(TwoByTwoTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        double n = table.N1 + table.N2;
        double c1 = table.A + table.C, c2 = table.B + table.D;
        return
        [
            [table.N1 * c1 / n, table.N1 * c2 / n],
            [table.N2 * c1 / n, table.N2 * c2 / n],
        ];
    }

    /// <summary>
    /// X² = Σ(|O − E| − Y)²/E on 1 df, with Yates' correction Y = min(0.5, |O − E|) when
    /// <paramref name="yates"/> (R <c>chisq.test(correct = TRUE)</c>, the default), else Y = 0.
    /// A diagnostic is added when an expected count is below 5 (R's warning).
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="yates">Apply Yates' continuity correction.</param>
    /// <returns>The test.</returns>
    public static HypothesisTestResult Compute(TwoByTwoTable table, bool yates = true)
    {
        var e = ExpectedCounts(table);
        int[,] o = { { table.A, table.B }, { table.C, table.D } };
        var stat = 0.0;
        var minE = double.PositiveInfinity;
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                var dev = Math.Abs(o[i, j] - e[i][j]);
                var y = yates ? Math.Min(0.5, dev) : 0;
                stat += (dev - y) * (dev - y) / e[i][j];
                minE = Math.Min(minE, e[i][j]);
            }
        }

        var diag = minE < 5
            ? ImmutableArray.Create(new Diagnostic(DiagnosticSeverity.Warning, "small-expected-count", string.Create(CultureInfo.InvariantCulture, $"The smallest expected count is {minE:0.###} < 5: the chi-square approximation may be incorrect; prefer Fisher's exact test.")))
            : ImmutableArray<Diagnostic>.Empty;
        var method = yates ? "Pearson's chi-squared test with Yates' continuity correction, R chisq.test(correct = TRUE)" : "Pearson's chi-squared test, R chisq.test(correct = FALSE)";
        return new HypothesisTestResult(method, stat, 1, SpecialFunctions.GammaUpperRegularized(0.5, stat / 2), diag);
    }
}
