using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// One ScottPlot <see cref="ScottPlot.Plot"/> placed in a <see cref="Figure"/>. Positions are in
/// layout units of 1/96 inch (CSS pixels) at final size, so text sizes in points map exactly to
/// print size whatever the raster resolution.
/// </summary>
/// <param name="Name">What the panel shows (<c>curves</c>, <c>risk-table</c>, <c>legend</c>, ...), for tests and callers that restyle it.</param>
/// <param name="Plot">The plot drawn in the panel.</param>
/// <param name="Left">Left edge in layout units.</param>
/// <param name="Top">Top edge in layout units.</param>
/// <param name="Width">Width in layout units.</param>
/// <param name="Height">Height in layout units.</param>
public sealed record FigurePanel(string Name, Plot Plot, double Left, double Top, double Width, double Height)
{
    internal PixelRect Rect => new((float)Left, (float)(Left + Width), (float)(Top + Height), (float)Top);
}
