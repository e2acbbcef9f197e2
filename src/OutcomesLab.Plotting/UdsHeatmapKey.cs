using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>One colour of the urine-screen heat-map legend.</summary>
/// <param name="Symbol">The use-pattern character (<c>+</c>, <c>-</c>, <c>o</c> or <c>*</c>).</param>
/// <param name="Label">The legend label.</param>
/// <param name="Color">The cell colour.</param>
public sealed record UdsHeatmapKey(char Symbol, string Label, Color Color);
