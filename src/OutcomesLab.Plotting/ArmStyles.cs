using System.Collections.Immutable;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// The one arm → (colour, line type, marker) mapping of a run, shared by every figure (Kaplan–Meier,
/// Cox-predicted survival, cumulative incidence, gap sensitivity, QoL trajectory, distribution), so that
/// an arm looks the same in all of them. Arm k of <see cref="Order"/> takes the k-th Okabe–Ito colour
/// (<see cref="OkabeIto.Series"/>, or the k-th of <see cref="Colors"/>), the k-th of solid, dashed,
/// dotted, densely dashed (survminer's <c>linetype = "strata"</c>) and the k-th of filled circle, square,
/// triangle, diamond. Line type and marker keep arms apart where colour is lost: the first three
/// Okabe–Ito colours print as greys of nearly equal lightness (BT.709 luma 94, 112, 121 of 255).
/// </summary>
/// <remarks>
/// A figure looks its groups up by name, so an arm keeps its style when a figure shows only some
/// arms or lists them in another order; a group not in <see cref="Order"/> takes the styles after
/// the listed arms by its position in the figure. With an empty <see cref="Order"/> the position in
/// the figure decides.
/// </remarks>
public sealed record ArmStyles
{
    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];
    private static readonly MarkerShape[] Markers = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];

    /// <summary>Styles by position in each figure, Okabe–Ito colours, varied line types.</summary>
    public static ArmStyles Default { get; } = new();

    /// <summary>The run's arms (group levels as the figures name them), in the order that assigns their styles; empty: by position.</summary>
    public ImmutableArray<string> Order { get; init; } = [];

    /// <summary>Colours replacing the Okabe–Ito palette, one per arm of <see cref="Order"/> (or position); arms beyond the list take the palette.</summary>
    public ImmutableArray<Color> Colors { get; init; } = [];

    /// <summary>Whether arms also differ by line type (default <see cref="ArmLineTypes.Varied"/>) or all lines are solid.</summary>
    public ArmLineTypes LineTypes { get; init; } = ArmLineTypes.Varied;

    /// <summary>The style index of <paramref name="group"/>: its place in <see cref="Order"/>, else after the listed arms by <paramref name="position"/>.</summary>
    /// <param name="group">The group level as the figure names it.</param>
    /// <param name="position">The group's 0-based position in the figure.</param>
    /// <returns>The 0-based style index.</returns>
    public int IndexOf(string group, int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        var k = Order.IsDefaultOrEmpty ? -1 : Order.IndexOf(group, 0, StringComparer.Ordinal);
        return k >= 0 ? k : (Order.IsDefault ? 0 : Order.Length) + position;
    }

    /// <summary>The style of <paramref name="group"/> at <paramref name="position"/> in a figure (see <see cref="IndexOf"/>).</summary>
    /// <param name="group">The group level as the figure names it.</param>
    /// <param name="position">The group's 0-based position in the figure.</param>
    /// <returns>The style.</returns>
    public ArmStyle For(string group, int position) => At(IndexOf(group, position));

    /// <summary>The positions of <paramref name="groups"/> in display order: the arms of <see cref="Order"/> first in that order, then the rest as given.</summary>
    /// <param name="groups">A figure's groups in the result's order.</param>
    /// <returns>Indices into <paramref name="groups"/>.</returns>
    public ImmutableArray<int> DisplayOrder(IReadOnlyList<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var ranks = Enumerable.Range(0, groups.Count).Select(i => (i, k: Order.IsDefaultOrEmpty ? -1 : Order.IndexOf(groups[i], 0, StringComparer.Ordinal)));
        return [.. ranks.OrderBy(r => r.k < 0 ? int.MaxValue : r.k).ThenBy(r => r.i).Select(r => r.i)];
    }

    /// <summary>The style of arm <paramref name="index"/> (0-based): colour, line type, marker.</summary>
    /// <param name="index">The style index.</param>
    /// <returns>The style.</returns>
    public ArmStyle At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var color = !Colors.IsDefault && index < Colors.Length ? Colors[index] : OkabeIto.ForSeries(index);
        var pattern = LineTypes == ArmLineTypes.Solid ? LinePattern.Solid : Patterns[index % Patterns.Length];
        return new ArmStyle(color, pattern, Markers[index % Markers.Length]);
    }
}
