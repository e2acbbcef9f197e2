using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Tables;

/// <summary>
/// Which cells of a two-way count table (and of its row, column and grand totals) are hidden by
/// <see cref="SmallCellSuppression"/>. Hidden cells are printed as <see cref="HiddenText"/>.
/// </summary>
/// <param name="Threshold">K: counts 1..K − 1 are suppressed.</param>
/// <param name="Counts">The counts, rows × columns.</param>
/// <param name="Hidden">Hidden cells, rows × columns.</param>
/// <param name="RowTotals">Row totals.</param>
/// <param name="RowTotalHidden">Hidden row totals.</param>
/// <param name="ColumnTotals">Column totals.</param>
/// <param name="ColumnTotalHidden">Hidden column totals.</param>
/// <param name="GrandTotal">The grand total.</param>
/// <param name="GrandTotalHidden">Whether the grand total is hidden.</param>
/// <param name="PrimaryCount">Cells and totals hidden because they are in 1..K − 1.</param>
/// <param name="ComplementaryCount">Cells and totals hidden to protect the primary ones.</param>
/// <param name="Diagnostics">Caveats: a hidden cell that the published numbers still determine (see <see cref="SmallCellSuppression.Apply(IReadOnlyList{IReadOnlyList{int}}, int)"/>).</param>
public sealed record SmallCellSuppressionResult(
    int Threshold,
    ImmutableArray<ImmutableArray<int>> Counts,
    ImmutableArray<ImmutableArray<bool>> Hidden,
    ImmutableArray<int> RowTotals,
    ImmutableArray<bool> RowTotalHidden,
    ImmutableArray<int> ColumnTotals,
    ImmutableArray<bool> ColumnTotalHidden,
    int GrandTotal,
    bool GrandTotalHidden,
    int PrimaryCount,
    int ComplementaryCount,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The text printed instead of a hidden count: "&lt;K", e.g. "&lt;11".</summary>
    public string HiddenText => "<" + Threshold.ToString(CultureInfo.InvariantCulture);

    /// <summary>The display text of cell (row, column): its count, or <see cref="HiddenText"/>.</summary>
    /// <param name="row">Row index.</param>
    /// <param name="column">Column index.</param>
    /// <returns>Text.</returns>
    public string CellText(int row, int column) =>
        Hidden[row][column] ? HiddenText : Counts[row][column].ToString(CultureInfo.InvariantCulture);
}
