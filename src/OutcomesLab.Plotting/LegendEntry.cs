using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>One key of a figure legend: a line sample (with the arm's marker in its middle) and its label.</summary>
/// <param name="Label">The label.</param>
/// <param name="Color">The line colour.</param>
/// <param name="Pattern">The line pattern.</param>
/// <param name="Marker">The marker drawn in the middle of the sample; <see cref="MarkerShape.None"/> for a plain line.</param>
public sealed record LegendEntry(string Label, Color Color, LinePattern Pattern, MarkerShape Marker = MarkerShape.None)
{
    /// <summary>The key of an arm drawn in <paramref name="style"/>.</summary>
    /// <param name="label">The label.</param>
    /// <param name="style">The arm's style.</param>
    /// <returns>The key.</returns>
    public static LegendEntry ForArm(string label, ArmStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        return new LegendEntry(label, style.Color, style.Pattern, style.Marker);
    }
}
