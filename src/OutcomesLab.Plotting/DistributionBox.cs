using System.Collections.Immutable;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>One group's box as drawn.</summary>
/// <param name="Group">The group.</param>
/// <param name="Color">Box colour.</param>
/// <param name="X">Centre of the box on the x-axis.</param>
/// <param name="Q1">Lower box edge (first quartile).</param>
/// <param name="Median">Median line.</param>
/// <param name="Q3">Upper box edge (third quartile).</param>
/// <param name="LowerWhisker">Lower whisker end.</param>
/// <param name="UpperWhisker">Upper whisker end.</param>
/// <param name="Outliers">Outlier points (drawn at <paramref name="X"/>).</param>
/// <param name="JitterX">x of each jittered point (empty when jitter is off).</param>
/// <param name="JitterY">y of each jittered point (the group's values).</param>
public sealed record DistributionBox(string Group, Color Color, double X, double Q1, double Median, double Q3, double LowerWhisker, double UpperWhisker, ImmutableArray<double> Outliers, ImmutableArray<double> JitterX, ImmutableArray<double> JitterY);
