using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>One key of a figure legend: a line sample and its label.</summary>
/// <param name="Label">The label.</param>
/// <param name="Color">The line colour.</param>
/// <param name="Pattern">The line pattern.</param>
public sealed record LegendEntry(string Label, Color Color, LinePattern Pattern);
