using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesLab.Tables;

/// <summary>
/// Small-cell suppression of a Table 1 (<see cref="BaselineTableSuppression"/>): which arm sizes,
/// counts, missing counts and percentages are hidden.
/// </summary>
/// <param name="Threshold">K: counts 1..K − 1 are hidden.</param>
/// <param name="GroupCountHidden">Per arm: the arm size in the header row is hidden.</param>
/// <param name="OverallCountHidden">The overall size is hidden.</param>
/// <param name="Variables">
/// Per variable, the suppression of its block: rows are the levels in level order (a continuous
/// variable has one row, the non-missing n) followed by the missing row; columns are the arms; the
/// row totals are the Overall column and the column totals the arm sizes.
/// </param>
/// <param name="PercentHidden">Per variable and level, per arm then Overall (last): the percentage is hidden (its count, or the missing count or size of its column, is hidden, since the percentage would reveal them).</param>
/// <param name="Diagnostics">Caveats of the suppression.</param>
public sealed record BaselineTableSuppressionResult(
    int Threshold,
    ImmutableArray<bool> GroupCountHidden,
    bool OverallCountHidden,
    ImmutableArray<SmallCellSuppressionResult> Variables,
    ImmutableArray<ImmutableArray<ImmutableArray<bool>>> PercentHidden,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The text printed instead of a hidden count: "&lt;K".</summary>
    public string HiddenText => "<" + Threshold.ToString(CultureInfo.InvariantCulture);
}
