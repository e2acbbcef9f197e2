using System.Collections.Immutable;

namespace OutcomesLab.Plotting;

/// <summary>One of several stacked curve panels of a <see cref="StepFigureModel"/> (a cumulative-incidence figure with one panel per cause), with its own y-range.</summary>
/// <param name="Title">The panel's heading (the cause), printed above it.</param>
/// <param name="Curves">The panel's curves.</param>
/// <param name="YTicks">The panel's y-axis ticks.</param>
/// <param name="YMax">Top of the panel's y-axis.</param>
/// <param name="Annotations">Lines printed in the panel (Gray's test of the cause).</param>
public sealed record StepPanel(
    string Title,
    ImmutableArray<StepCurve> Curves,
    ImmutableArray<double> YTicks,
    double YMax,
    ImmutableArray<string> Annotations);
