using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics;
using OutcomesLab.EffectSizes;

namespace OutcomesLab.Inference;

/// <summary>Pearson's chi-square test of independence for a 2×2 or r×c table, as R's <c>chisq.test</c>.</summary>
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

    /// <summary>
    /// Pearson's X² = Σ(|O − E| − Y)²/E for an r×c table on (r − 1)(c − 1) df, E = rowᵢ·colⱼ/N, as
    /// R <c>chisq.test(x)</c>: Yates' Y = min(0.5, min |O − E|) only for a 2×2 table and when
    /// <paramref name="yates"/> (R's default <c>correct = TRUE</c>), else Y = 0. Rows or columns
    /// whose total is 0 are dropped first (R would return NaN), with a diagnostic; a diagnostic is
    /// also added when an expected count is below 5 (R's "approximation may be incorrect" warning).
    /// </summary>
    /// <param name="counts">The table, rows × columns (all rows the same length, counts ≥ 0).</param>
    /// <param name="yates">Apply Yates' continuity correction to a 2×2 table.</param>
    /// <returns>The test.</returns>
    /// <exception cref="ArgumentException">Ragged rows, a negative count, or fewer than two non-empty rows or columns.</exception>
    public static HypothesisTestResult Compute(IReadOnlyList<IReadOnlyList<int>> counts, bool yates = true)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var cols = counts.Count == 0 ? 0 : counts[0].Count;
        if (counts.Any(r => r.Count != cols) || counts.Any(r => r.Any(v => v < 0)))
        {
            throw new ArgumentException("Give a rectangular table of non-negative counts.", nameof(counts));
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var rows = Enumerable.Range(0, counts.Count).Where(i => counts[i].Sum() > 0).ToArray();
        var columns = Enumerable.Range(0, cols).Where(j => counts.Sum(r => r[j]) > 0).ToArray();
        if (rows.Length < counts.Count || columns.Length < cols)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "empty-line-dropped", string.Create(CultureInfo.InvariantCulture, $"{counts.Count - rows.Length} empty row(s) and {cols - columns.Length} empty column(s) were left out of the chi-square test.")));
        }

        if (rows.Length < 2 || columns.Length < 2)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The chi-square test needs at least two non-empty rows and two non-empty columns; found {rows.Length} and {columns.Length}."), nameof(counts));
        }

        var o = rows.Select(i => columns.Select(j => (double)counts[i][j]).ToArray()).ToArray();
        var rowSum = o.Select(r => r.Sum()).ToArray();
        var colSum = Enumerable.Range(0, columns.Length).Select(j => o.Sum(r => r[j])).ToArray();
        var n = rowSum.Sum();
        var e = rowSum.Select(ri => colSum.Select(cj => ri * cj / n).ToArray()).ToArray();
        var twoByTwo = rows.Length == 2 && columns.Length == 2;
        var y = 0.0;
        if (yates && twoByTwo)
        {
            y = 0.5;
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 2; j++)
                {
                    y = Math.Min(y, Math.Abs(o[i][j] - e[i][j]));
                }
            }
        }

        var stat = 0.0;
        var minE = double.PositiveInfinity;
        for (var i = 0; i < o.Length; i++)
        {
            for (var j = 0; j < o[i].Length; j++)
            {
                var dev = Math.Abs(o[i][j] - e[i][j]) - y;
                stat += dev * dev / e[i][j];
                minE = Math.Min(minE, e[i][j]);
            }
        }

        if (minE < 5)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "small-expected-count", string.Create(CultureInfo.InvariantCulture, $"The smallest expected count is {minE:0.###} < 5: the chi-square approximation may be incorrect (R's warning); consider Fisher's exact test.")));
        }

        double df = (rows.Length - 1) * (columns.Length - 1);
        var method = yates && twoByTwo ? "Pearson's chi-squared test with Yates' continuity correction, R chisq.test(correct = TRUE)" : "Pearson's chi-squared test, R chisq.test";
        return new HypothesisTestResult(method, stat, df, SpecialFunctions.GammaUpperRegularized(df / 2, stat / 2), diagnostics.ToImmutable());
    }
}
