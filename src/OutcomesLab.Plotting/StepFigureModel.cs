using System.Collections.Immutable;

namespace OutcomesLab.Plotting;

/// <summary>
/// Everything a Kaplan–Meier or cumulative-incidence figure shows, in display units, before any
/// pixel is drawn: tests and callers can check the figure against the result record.
/// </summary>
/// <param name="Curves">The step curves.</param>
/// <param name="XTicks">x-axis tick positions (display time unit); the table columns sit exactly under them.</param>
/// <param name="XMin">Left end of the x-axis (display unit).</param>
/// <param name="XMax">Right end of the x-axis (display unit).</param>
/// <param name="YTicks">y-axis tick positions.</param>
/// <param name="YMax">Top of the y-axis (1 or 100 for survival).</param>
/// <param name="Scale">Proportion or percent.</param>
/// <param name="XLabel">x-axis title.</param>
/// <param name="YLabel">y-axis title.</param>
/// <param name="Legend">Legend keys (empty for a single curve).</param>
/// <param name="RiskTable">Table rows, block by block (empty when the table is off).</param>
/// <param name="Annotations">Lines printed in the plot area (log-rank p, hazard ratio).</param>
/// <param name="Title">Optional title above the plot.</param>
/// <param name="AnnotationsAtTop">Print the annotations in the upper-left corner (rising curves) instead of the lower-left (falling curves).</param>
public sealed record StepFigureModel(
    ImmutableArray<StepCurve> Curves,
    ImmutableArray<double> XTicks,
    double XMin,
    double XMax,
    ImmutableArray<double> YTicks,
    double YMax,
    SurvivalScale Scale,
    string XLabel,
    string YLabel,
    ImmutableArray<LegendEntry> Legend,
    ImmutableArray<RiskTableRow> RiskTable,
    ImmutableArray<string> Annotations,
    string? Title,
    bool AnnotationsAtTop = false)
{
    /// <summary>
    /// Small-cell suppression of the table: a count from 1 to K-1 is printed as "&lt;K" (null: every
    /// count is printed). Set from the plot options' <c>SuppressCountsBelow</c>.
    /// </summary>
    public int? SuppressCountsBelow { get; init; }

    /// <summary>The text of a table count under <see cref="SuppressCountsBelow"/>.</summary>
    /// <param name="count">The count.</param>
    /// <returns>The count as printed, or "&lt;K".</returns>
    public string CountText(double count) => SuppressCountsBelow is { } k && count > 0 && count < k
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<{k}")
        : NumberFormat.Count(count);
}
