using System.Collections.Immutable;

namespace OutcomesLab.Tables;

/// <summary>
/// Applies <see cref="SmallCellSuppression"/> to a Table 1: every variable's block (its level
/// counts and its missing row by arm, with the Overall column as row totals and the arm sizes as
/// column totals) is one two-way table, so complementary suppression runs across levels and arms.
/// An arm size hidden in one block is hidden in the header and in every block (repeated until no
/// block hides another), and percentages whose count or denominator is hidden are hidden too.
/// </summary>
public static class BaselineTableSuppression
{
    /// <summary>Suppresses the table.</summary>
    /// <param name="table">The Table 1.</param>
    /// <param name="threshold">K ≥ 2.</param>
    /// <returns>The masks.</returns>
    public static BaselineTableSuppressionResult Apply(BaselineTableResult table, int threshold)
    {
        ArgumentNullException.ThrowIfNull(table);
        SmallCellSuppression.CheckThreshold(threshold);
        var k = table.Groups.Length;
        var blocks = new List<IReadOnlyList<IReadOnlyList<int>>> { new[] { (IReadOnlyList<int>)[.. table.GroupCounts] } };
        foreach (var v in table.Variables)
        {
            var rows = v.Kind == BaselineVariableKind.Categorical
                ? v.Levels.Select(l => (IReadOnlyList<int>)[.. l.Counts]).ToList()
                : [[.. v.NonMissing]];
            rows.Add([.. v.Missing]);
            blocks.Add(rows);
        }

        var armHidden = new bool[k];
        var grandHidden = false;
        List<SmallCellSuppressionResult> results;
        while (true)
        {
            results = [.. blocks.Select(b => SmallCellSuppression.Apply(b, threshold, armHidden, grandHidden))];
            var nextArm = Enumerable.Range(0, k).Select(j => armHidden[j] || results.Any(r => r.ColumnTotalHidden[j] || (r == results[0] && r.Hidden[0][j]))).ToArray();
            var nextGrand = grandHidden || results.Any(r => r.GrandTotalHidden) || results[0].RowTotalHidden[0];
            if (nextArm.SequenceEqual(armHidden) && nextGrand == grandHidden)
            {
                break;
            }

            (armHidden, grandHidden) = (nextArm, nextGrand);
        }

        var percent = table.Variables.Select((v, b) =>
        {
            var r = results[b + 1];
            var missingRow = r.Hidden.Length - 1;
            return v.Levels.Select((_, level) => Enumerable.Range(0, k + 1).Select(j => j < k
                    ? r.Hidden[level][j] || r.Hidden[missingRow][j] || r.ColumnTotalHidden[j]
                    : r.RowTotalHidden[level] || r.RowTotalHidden[missingRow] || r.GrandTotalHidden).ToImmutableArray()).ToImmutableArray();
        }).ToImmutableArray();
        var diagnostics = results.SelectMany((r, b) => r.Diagnostics.Select(d => b == 0 ? d : d with { Message = $"{table.Variables[b - 1].Name}: {d.Message}" })).ToImmutableArray();
        return new BaselineTableSuppressionResult(threshold, [.. armHidden], grandHidden, [.. results.Skip(1)], percent, diagnostics);
    }
}
