using System.Collections.Immutable;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>One group's trajectory as drawn: a mean with CI per visit.</summary>
/// <param name="Group">The group.</param>
/// <param name="Color">Line, marker and error-bar colour.</param>
/// <param name="X">x position of each visit (the visit time, nudged apart per group).</param>
/// <param name="Means">Mean at each visit (NaN when nobody was observed).</param>
/// <param name="Lower">Lower CI limit at each visit (NaN when n &lt; 2).</param>
/// <param name="Upper">Upper CI limit at each visit.</param>
/// <param name="Pattern">Line pattern of the arm (<see cref="ArmStyle.Pattern"/>).</param>
/// <param name="Marker">Marker shape of the arm (<see cref="ArmStyle.Marker"/>).</param>
/// <param name="N">Non-missing values at each visit.</param>
public sealed record QolTrajectorySeries(string Group, Color Color, ImmutableArray<double> X, ImmutableArray<double> Means, ImmutableArray<double> Lower, ImmutableArray<double> Upper, ImmutableArray<int> N, LinePattern Pattern, MarkerShape Marker);
