using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// The line type of the k-th curve: solid, dashed, dotted, densely dashed, repeated. With the
/// Okabe–Ito colours (<see cref="OkabeIto.ForSeries"/>) it keeps arms apart where colour is lost
/// (greyscale print, photocopies, colour-vision deficiency), as survminer's <c>linetype = "strata"</c>.
/// </summary>
public static class ArmLinePatterns
{
    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    /// <summary>The pattern of curve <paramref name="index"/> (0-based) under <paramref name="lineTypes"/>.</summary>
    /// <param name="index">The curve's position.</param>
    /// <param name="lineTypes">Varied or solid.</param>
    /// <returns>The pattern.</returns>
    public static LinePattern ForSeries(int index, ArmLineTypes lineTypes = ArmLineTypes.Varied) =>
        lineTypes == ArmLineTypes.Solid ? LinePattern.Solid : Patterns[index % Patterns.Length];
}
