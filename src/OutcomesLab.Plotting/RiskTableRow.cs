using System.Collections.Immutable;
using System.Globalization;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>One row of the table under a survival plot: one group's numbers at each x tick.</summary>
/// <param name="Block">The block: <see cref="RiskTableRows.AtRisk"/>, <see cref="RiskTableRows.Events"/> or <see cref="RiskTableRows.Censored"/>.</param>
/// <param name="Label">The group label printed at the left.</param>
/// <param name="Color">The group's colour.</param>
/// <param name="Values">One number per tick of <see cref="StepFigureModel.XTicks"/>.</param>
public sealed record RiskTableRow(RiskTableRows Block, string Label, Color Color, ImmutableArray<double> Values)
{
    /// <summary>
    /// Small-cell suppression threshold K: counts strictly between 0 and K print as "&lt;K" (null:
    /// every count is printed). Only primary suppression applies, since the table has no totals
    /// from which a hidden count could be recovered by subtraction.
    /// </summary>
    public int? SuppressBelow { get; init; }

    /// <summary>The printed text of tick <paramref name="tick"/>: the count, or "&lt;K" when suppressed.</summary>
    /// <param name="tick">Index into <see cref="Values"/>.</param>
    /// <returns>Text.</returns>
    public string Text(int tick) => SuppressBelow is { } k && Values[tick] > 0 && Values[tick] < k
        ? "<" + k.ToString(CultureInfo.InvariantCulture)
        : NumberFormat.Count(Values[tick]);
}
