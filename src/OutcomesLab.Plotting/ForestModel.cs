using System.Collections.Immutable;

namespace OutcomesLab.Plotting;

/// <summary>Everything a forest plot shows, before drawing: the rows top to bottom, the scale and the labels.</summary>
/// <param name="Rows">Rows from top to bottom.</param>
/// <param name="LogScale">Ratios: the axis is logarithmic.</param>
/// <param name="NullValue">The line of no effect (1 for ratios, 0 for differences).</param>
/// <param name="XTicks">Axis ticks on the natural scale.</param>
/// <param name="XMin">Left end of the axis (natural scale).</param>
/// <param name="XMax">Right end of the axis (natural scale).</param>
/// <param name="XLabel">Axis title.</param>
/// <param name="LabelTitle">Title of the label column.</param>
/// <param name="ColumnTitles">Titles of the right-hand text columns.</param>
/// <param name="FavoursLeft">Text under the axis left of the null line (e.g. <c>Favours control</c>), or null.</param>
/// <param name="FavoursRight">Text right of the null line, or null.</param>
/// <param name="Footnote">A line under the plot (e.g. heterogeneity), or null.</param>
/// <param name="Title">Title above the plot, or null.</param>
public sealed record ForestModel(
    ImmutableArray<ForestRow> Rows,
    bool LogScale,
    double NullValue,
    ImmutableArray<double> XTicks,
    double XMin,
    double XMax,
    string XLabel,
    string LabelTitle,
    ImmutableArray<string> ColumnTitles,
    string? FavoursLeft,
    string? FavoursRight,
    string? Footnote,
    string? Title);
