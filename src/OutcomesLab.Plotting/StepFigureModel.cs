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
/// <param name="LegendTitle">Text before the legend keys (ggplot2's legend title, e.g. "Clinic"), or null.</param>
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
    bool AnnotationsAtTop = false,
    string? LegendTitle = null)
{
    /// <summary>Separate curve panels stacked over the shared x-axis and table, each with its own y-range (empty: one panel of <see cref="Curves"/> on <see cref="YTicks"/>).</summary>
    public ImmutableArray<StepPanel> Panels { get; init; } = [];
}
