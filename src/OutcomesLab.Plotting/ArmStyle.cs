using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>How one arm is drawn in every figure of a run: its colour, line type and marker shape (see <see cref="ArmStyles"/>).</summary>
/// <param name="Color">Line, marker and fill colour.</param>
/// <param name="Pattern">Line pattern of the arm's curve or line.</param>
/// <param name="Marker">Marker shape on the arm's line and in its legend key.</param>
public sealed record ArmStyle(Color Color, LinePattern Pattern, MarkerShape Marker);
