using System.Collections.Immutable;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// One right-continuous step curve as drawn, in display units (x in the display time unit, y as
/// proportion or percent). <see cref="X"/>/<see cref="Y"/> are the knots: the curve is
/// <c>Y[i]</c> on <c>[X[i], X[i+1])</c>, starting at the time origin.
/// </summary>
/// <param name="Label">Legend label.</param>
/// <param name="Group">The group of the result the curve comes from.</param>
/// <param name="Color">Line colour.</param>
/// <param name="Pattern">Line pattern (solid; dashed/dotted distinguish causes of a competing-risks plot).</param>
/// <param name="X">Knot times: the origin, then every time of the result's table.</param>
/// <param name="Y">Curve value from each knot on.</param>
/// <param name="BandLower">Lower confidence limit from each knot on (null where the record has none, e.g. R's NA); empty when bands are off.</param>
/// <param name="BandUpper">Upper confidence limit from each knot on; empty when bands are off.</param>
/// <param name="CensorX">Times of censoring marks.</param>
/// <param name="CensorY">Curve value at each censoring mark.</param>
/// <param name="Median">The median time (display unit) for a median line, or null.</param>
/// <param name="Marker">The arm's marker (<see cref="ArmStyle.Marker"/>), drawn at a few evenly spaced points along the curve and in its legend key; <see cref="MarkerShape.None"/> for none.</param>
public sealed record StepCurve(
    string Label,
    string Group,
    Color Color,
    LinePattern Pattern,
    ImmutableArray<double> X,
    ImmutableArray<double> Y,
    ImmutableArray<double?> BandLower,
    ImmutableArray<double?> BandUpper,
    ImmutableArray<double> CensorX,
    ImmutableArray<double> CensorY,
    double? Median,
    MarkerShape Marker = MarkerShape.None);
