using ScottPlot;
using SkiaSharp;

namespace OutcomesLab.Plotting;

/// <summary>
/// All heat-map cells in one plottable: runs of equal weeks in a row become one rectangle, so a
/// trial of a thousand patients stays a few thousand SVG elements instead of tens of thousands.
/// Row r spans y in [-(r + 1 + gaps), -(r + gaps)], week w spans x in [w - 0.5, w + 0.5].
/// </summary>
internal sealed class UdsCellsPlottable(UdsHeatmapModel model, double groupGap) : IPlottable
{
    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new ScottPlot.Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public static double RowTop(UdsHeatmapModel model, int row, double groupGap)
    {
        var block = 0;
        for (var g = 1; g < model.Groups.Length; g++)
        {
            if (row >= model.Groups[g].FirstRow)
            {
                block = g;
            }
        }

        return -(row + (block * groupGap));
    }

    public AxisLimits GetAxisLimits() => new(model.FirstWeek - 0.5, model.LastWeek + 0.5, RowTop(model, model.Rows.Length - 1, groupGap) - 1, 0);

    public void Render(RenderPack rp)
    {
        using var paint = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = false };
        for (var r = 0; r < model.Rows.Length; r++)
        {
            var top = RowTop(model, r, groupGap);
            var word = model.Rows[r].Word;
            var start = 0;
            while (start < word.Length)
            {
                var end = start;
                while (end + 1 < word.Length && word[end + 1] == word[start])
                {
                    end++;
                }

                var color = model.CellColor(r, model.FirstWeek + start);
                var a = Axes.GetPixel(new Coordinates(model.FirstWeek + start - 0.5, top));
                var b = Axes.GetPixel(new Coordinates(model.FirstWeek + end + 0.5, top - 1));
                paint.Color = new SKColor(color.R, color.G, color.B, color.A);
                rp.Canvas.DrawRect(new SKRect(a.X, a.Y, b.X, b.Y), paint);
                start = end + 1;
            }
        }
    }
}
