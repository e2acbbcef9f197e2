using CsCheck;
using OutcomesLab.Tables;
using OutcomesLab.Testing.Properties;
using Xunit;

namespace OutcomesLab.Core.Tests.Properties;

/// <summary>
/// Oracle: the suppression rules as stated in <see cref="SmallCellSuppression"/> (CMS cell-size
/// suppression policy): no visible cell or total in 1..K−1, and every line of the table (a row
/// with its total, a column with its total, the column totals with the grand total, the row
/// totals with the grand total) has zero or at least two hidden values.
/// </summary>
public sealed class SmallCellSuppressionProperties
{
    [Fact]
    public void No_small_count_is_visible_and_no_line_has_exactly_one_hidden_value()
    {
        var gen =
            from rows in Gen.Int[1, 4]
            from columns in Gen.Int[1, 4]
            from cells in Gen.OneOf(Gen.Int[0, 30], Gen.Int[0, 5], Gen.Int[8, 14]).Array[rows * columns]
            from k in Gen.Int[2, 11]
            select (rows, columns, cells, k);
        PropertySettings.Check(gen, t =>
        {
            var (rows, columns, cells, k) = t;
            var counts = Enumerable.Range(0, rows).Select(r => (IReadOnlyList<int>)cells.Skip(r * columns).Take(columns).ToArray()).ToArray();
            var result = SmallCellSuppression.Apply(counts, k);

            bool Small(int v) => v >= 1 && v < k;
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    Assert.False(Small(counts[r][c]) && !result.Hidden[r][c], $"cell ({r},{c}) = {counts[r][c]} visible with K={k}");
                }

                Assert.False(Small(result.RowTotals[r]) && !result.RowTotalHidden[r], $"row total {r} visible");
            }

            for (var c = 0; c < columns; c++)
            {
                Assert.False(Small(result.ColumnTotals[c]) && !result.ColumnTotalHidden[c], $"column total {c} visible");
            }

            Assert.False(Small(result.GrandTotal) && !result.GrandTotalHidden, "grand total visible");

            for (var r = 0; r < rows; r++)
            {
                AssertLine([.. Enumerable.Range(0, columns).Select(c => result.Hidden[r][c]), result.RowTotalHidden[r]], $"row {r}");
            }

            for (var c = 0; c < columns; c++)
            {
                AssertLine([.. Enumerable.Range(0, rows).Select(r => result.Hidden[r][c]), result.ColumnTotalHidden[c]], $"column {c}");
            }

            AssertLine([.. result.ColumnTotalHidden, result.GrandTotalHidden], "column totals");
            AssertLine([.. result.RowTotalHidden, result.GrandTotalHidden], "row totals");
        });
    }

    private static void AssertLine(bool[] hidden, string line)
    {
        var count = hidden.Count(h => h);
        Assert.True(count != 1, $"{line} has exactly one hidden value");
    }
}
