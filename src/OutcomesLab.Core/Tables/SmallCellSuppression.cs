using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace OutcomesLab.Tables;

/// <summary>
/// Small-cell suppression of published counts (statistical disclosure control), in the form data
/// holders such as CMS require: no count between 1 and K − 1 may be shown (CMS's cell-size
/// suppression policy, K = 11), nor any count from which such a value can be derived by
/// subtraction from published totals.
/// <para>
/// Primary suppression hides every count (cells and totals) in 1..K − 1. Zero stays shown: the
/// CMS policy restricts values 1 to 10 and a zero discloses no individual; zeros are also never
/// chosen to protect another cell unless nothing else is left (then a diagnostic says so).
/// Complementary suppression then repeats until nothing changes: every line of the table — each
/// row with its row total, each column with its column total, the column totals with the grand
/// total and the row totals with the grand total — that holds exactly one hidden value gets a
/// second one hidden: the smallest non-zero visible count of that line (ties: the first by
/// position, totals last), so the result is deterministic. Afterwards every line holds zero or at
/// least two hidden values. That is necessary but, for unusual patterns (a hidden cell that is a
/// "bridge" between two otherwise separate groups of hidden cells), not sufficient; the result is
/// therefore checked with linear algebra, and while any hidden value is still determined exactly by
/// the published numbers, the smallest visible count sharing a line with it is hidden too (an Info
/// diagnostic "bridge-hidden" counts them), so that no hidden value can be derived.
/// </para>
/// </summary>
public static class SmallCellSuppression
{
    /// <summary>Suppresses a count table whose row, column and grand totals (the sums) are published too.</summary>
    /// <param name="counts">The counts, rows × columns (non-negative; all rows the same length).</param>
    /// <param name="threshold">K ≥ 2: counts 1..K − 1 are hidden.</param>
    /// <returns>The mask.</returns>
    /// <exception cref="ArgumentException">K &lt; 2, a negative count or ragged rows.</exception>
    public static SmallCellSuppressionResult Apply(IReadOnlyList<IReadOnlyList<int>> counts, int threshold) =>
        Apply(counts, threshold, null, false);

    /// <summary>
    /// Primary suppression only, for counts published without totals (e.g. the number-at-risk row
    /// of a Kaplan–Meier figure): true for every count in 1..K − 1.
    /// </summary>
    /// <param name="counts">The counts.</param>
    /// <param name="threshold">K ≥ 2.</param>
    /// <returns>One flag per count.</returns>
    public static ImmutableArray<bool> Primary(IReadOnlyList<int> counts, int threshold)
    {
        ArgumentNullException.ThrowIfNull(counts);
        CheckThreshold(threshold);
        return [.. counts.Select(c => IsSmall(c, threshold))];
    }

    /// <summary>Whether primary suppression hides a count: 1..K − 1 (zero identifies nobody and stays shown).</summary>
    /// <param name="count">The count.</param>
    /// <param name="threshold">K.</param>
    /// <returns>True when hidden.</returns>
    public static bool IsPrimary(int count, int threshold) => IsSmall(count, threshold);

    /// <summary>The display text of a count under primary suppression: "&lt;K" for 1..K − 1, else the number.</summary>
    /// <param name="count">The count.</param>
    /// <param name="threshold">K ≥ 2.</param>
    /// <returns>Text.</returns>
    public static string PrimaryText(int count, int threshold)
    {
        CheckThreshold(threshold);
        return IsSmall(count, threshold) ? "<" + threshold.ToString(CultureInfo.InvariantCulture) : count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Checks K (at least 2, since K = 1 would hide nothing).</summary>
    /// <param name="threshold">K.</param>
    /// <exception cref="ArgumentOutOfRangeException">K &lt; 2.</exception>
    public static void CheckThreshold(int threshold)
    {
        if (threshold < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The suppression threshold K must be at least 2 (counts 1..K-1 are hidden); CMS uses 11.");
        }
    }

    /// <summary>As <see cref="Apply(IReadOnlyList{IReadOnlyList{int}}, int)"/>, starting with some column totals (and the grand total) already hidden: used to keep the arm totals of several blocks of one table consistent.</summary>
    internal static SmallCellSuppressionResult Apply(IReadOnlyList<IReadOnlyList<int>> counts, int threshold, IReadOnlyList<bool>? columnTotalsHidden, bool grandTotalHidden)
    {
        ArgumentNullException.ThrowIfNull(counts);
        CheckThreshold(threshold);
        var rows = counts.Count;
        var cols = rows == 0 ? 0 : counts[0].Count;
        if (rows == 0 || cols == 0 || counts.Any(r => r.Count != cols) || counts.Any(r => r.Any(v => v < 0)))
        {
            throw new ArgumentException("Give a non-empty rectangular table of non-negative counts.", nameof(counts));
        }

        // The grid holds the cells plus a total column (index cols) and a total row (index rows).
        var value = new int[rows + 1, cols + 1];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                value[i, j] = counts[i][j];
                value[i, cols] += counts[i][j];
                value[rows, j] += counts[i][j];
                value[rows, cols] += counts[i][j];
            }
        }

        var hidden = new bool[rows + 1, cols + 1];
        var primary = 0;
        for (var i = 0; i <= rows; i++)
        {
            for (var j = 0; j <= cols; j++)
            {
                if (IsSmall(value[i, j], threshold))
                {
                    hidden[i, j] = true;
                    primary++;
                }
            }
        }

        for (var j = 0; j < cols && columnTotalsHidden is not null; j++)
        {
            hidden[rows, j] |= columnTotalsHidden[j];
        }

        hidden[rows, cols] |= grandTotalHidden;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var lines = new List<(int Row, int Col)[]>();
        for (var i = 0; i <= rows; i++)
        {
            lines.Add([.. Enumerable.Range(0, cols + 1).Select(j => (i, j))]);
        }

        for (var j = 0; j <= cols; j++)
        {
            lines.Add([.. Enumerable.Range(0, rows + 1).Select(i => (i, j))]);
        }

        var bridges = 0;
        while (true)
        {
            HideUntilNoLineHasOneHidden(lines, hidden, value, rows, cols, diagnostics);
            var derivable = Derivable(hidden, rows, cols);
            if (derivable.Count == 0)
            {
                break;
            }

            // A bridge: every line holds 0 or >= 2 hidden values, yet a hidden value is still
            // determined. Hide the smallest visible count sharing a line with one (non-zero first,
            // then by position, totals last), and check again; hiding more never makes another
            // value derivable, so this ends.
            var candidates = new List<(int Row, int Col)>();
            for (var i = 0; i <= rows; i++)
            {
                for (var j = 0; j <= cols; j++)
                {
                    if (!hidden[i, j] && derivable.Any(d => d.Row == i || d.Col == j))
                    {
                        candidates.Add((i, j));
                    }
                }
            }

            if (candidates.Count == 0)
            {
                for (var i = 0; i <= rows; i++)
                {
                    for (var j = 0; j <= cols; j++)
                    {
                        if (!hidden[i, j])
                        {
                            candidates.Add((i, j));
                        }
                    }
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var pick = candidates
                .OrderBy(c => value[c.Row, c.Col] == 0)
                .ThenBy(c => value[c.Row, c.Col])
                .ThenBy(c => c.Row == rows || c.Col == cols)
                .ThenBy(c => c.Row)
                .ThenBy(c => c.Col)
                .First();
            if (value[pick.Row, pick.Col] == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "zero-hidden", string.Create(CultureInfo.InvariantCulture, $"A zero (row {pick.Row + 1}, column {pick.Col + 1}; {rows + 1} = totals) had to be hidden to protect a small count: no non-zero visible count was left near it.")));
            }

            hidden[pick.Row, pick.Col] = true;
            bridges++;
        }

        if (bridges > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "bridge-hidden", string.Create(CultureInfo.InvariantCulture, $"{bridges} more value(s) were hidden because a hidden value could still be derived from the published numbers although every row and column held at least two hidden values.")));
        }

        var total = 0;
        foreach (var h in hidden)
        {
            total += h ? 1 : 0;
        }

        foreach (var cell in Derivable(hidden, rows, cols))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "recoverable-cell", string.Create(CultureInfo.InvariantCulture, $"The hidden value at row {cell.Row + 1}, column {cell.Col + 1} (row {rows + 1} / column {cols + 1} = totals) can still be derived from the published numbers; suppress more cells by hand.")));
        }
        return new SmallCellSuppressionResult(
            threshold,
            [.. Enumerable.Range(0, rows).Select(i => Enumerable.Range(0, cols).Select(j => value[i, j]).ToImmutableArray())],
            [.. Enumerable.Range(0, rows).Select(i => Enumerable.Range(0, cols).Select(j => hidden[i, j]).ToImmutableArray())],
            [.. Enumerable.Range(0, rows).Select(i => value[i, cols])],
            [.. Enumerable.Range(0, rows).Select(i => hidden[i, cols])],
            [.. Enumerable.Range(0, cols).Select(j => value[rows, j])],
            [.. Enumerable.Range(0, cols).Select(j => hidden[rows, j])],
            value[rows, cols],
            hidden[rows, cols],
            primary,
            total - primary,
            diagnostics.ToImmutable());
    }

    private static bool IsSmall(int count, int threshold) => count >= 1 && count < threshold;

    /// <summary>The line rule: hides, in every line holding exactly one hidden value, its smallest non-zero visible count, until no line changes.</summary>
    private static void HideUntilNoLineHasOneHidden(List<(int Row, int Col)[]> lines, bool[,] hidden, int[,] value, int rows, int cols, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var line in lines)
            {
                if (line.Count(c => hidden[c.Row, c.Col]) != 1)
                {
                    continue;
                }

                var visible = line.Where(c => !hidden[c.Row, c.Col]).ToList();
                var pick = visible.Where(c => value[c.Row, c.Col] > 0).OrderBy(c => value[c.Row, c.Col]).Cast<(int Row, int Col)?>().FirstOrDefault()
                    ?? visible.Cast<(int Row, int Col)?>().FirstOrDefault();
                if (pick is not { } p)
                {
                    continue;
                }

                if (value[p.Row, p.Col] == 0)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "zero-hidden", string.Create(CultureInfo.InvariantCulture, $"A zero (row {p.Row + 1}, column {p.Col + 1}; {rows + 1} = totals) had to be hidden to protect a small count: no non-zero visible count was left in its line.")));
                }

                hidden[p.Row, p.Col] = true;
                changed = true;
            }
        }
    }

    /// <summary>
    /// The hidden values determined exactly by the published numbers. A hidden value x_h is
    /// determined iff its unit vector lies in the row space of the linear constraints (one per line:
    /// cells − total = 0) restricted to the hidden values, i.e. appending it does not raise the rank.
    /// </summary>
    private static List<(int Row, int Col)> Derivable(bool[,] hidden, int rows, int cols)
    {
        var unknowns = new List<(int Row, int Col)>();
        for (var i = 0; i <= rows; i++)
        {
            for (var j = 0; j <= cols; j++)
            {
                if (hidden[i, j])
                {
                    unknowns.Add((i, j));
                }
            }
        }

        var derivable = new List<(int Row, int Col)>();
        if (unknowns.Count == 0)
        {
            return derivable;
        }

        var a = Matrix<double>.Build.Dense((rows + 1) + (cols + 1), unknowns.Count);
        for (var u = 0; u < unknowns.Count; u++)
        {
            var (i, j) = unknowns[u];
            a[i, u] = j == cols ? -1 : 1;
            a[rows + 1 + j, u] = i == rows ? -1 : 1;
        }

        var rank = a.Rank();
        for (var u = 0; u < unknowns.Count; u++)
        {
            var extended = a.Stack(Matrix<double>.Build.Dense(1, unknowns.Count, (_, c) => c == u ? 1 : 0));
            if (extended.Rank() == rank)
            {
                derivable.Add(unknowns[u]);
            }
        }

        return derivable;
    }
}
