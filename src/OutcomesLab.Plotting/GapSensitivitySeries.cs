using System.Collections.Immutable;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>One arm's retention across the permissible gaps, as drawn.</summary>
/// <param name="Group">The arm.</param>
/// <param name="Color">Line and marker colour.</param>
/// <param name="Values">Retained proportion (or percent) at the chosen day under each gap, in <see cref="GapSensitivityModel.Gaps"/> order; NaN when the arm had nobody.</param>
/// <param name="Counts">Patients retained under each gap.</param>
/// <param name="Pattern">Line pattern of the arm (<see cref="ArmStyle.Pattern"/>).</param>
/// <param name="Marker">Marker shape of the arm (<see cref="ArmStyle.Marker"/>).</param>
/// <param name="N">Denominator under each gap.</param>
public sealed record GapSensitivitySeries(string Group, Color Color, ImmutableArray<double> Values, ImmutableArray<int> Counts, ImmutableArray<int> N, LinePattern Pattern, MarkerShape Marker);
