using ScottPlot;
using SkiaSharp;

namespace OutcomesLab.Plotting;

/// <summary>
/// All heat-map cells in one plottable, drawn with few rectangles: each arm block is first filled with the
/// missing-sample colour, then every run of equal weeks in a row is one rectangle, and a run repeated with the
/// same weeks and state in the rows below grows into one taller rectangle. A trial of a thousand patients is
/// then a few thousand SVG elements (the cells would be tens of thousands). Cells are drawn without
/// antialiasing, so a raster holds only the legend's colours. Row r spans y in [-(r + 1 + gaps), -(r + gaps)],
/// week w spans x in [w - 0.5, w + 0.5].
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
        var background = model.Legend.FirstOrDefault(k => k.Symbol == 'o')?.Symbol;
        foreach (var block in model.Groups)
        {
            var rows = Enumerable.Range(block.FirstRow, block.RowCount).ToList();
            if (background is { } o)
            {
                var all = (0, model.LastWeek - model.FirstWeek, o);
                Paint(rp, paint, [.. rows.Select(_ => new List<(int, int, char)> { all })], block.FirstRow);
            }

            // The block's commonest state fills each row from its first to its last sample (these spans repeat down the
            // rows, sorted by the last week, and merge); the other states' runs are drawn over it.
            var common = rows.SelectMany(r => model.Rows[r].Word).Where(c => c != background).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (char?)g.Key).FirstOrDefault();
            var spans = rows.Select(r => Span(model.Rows[r].Word, background)).ToList();
            Paint(rp, paint, [.. spans.Select(sp => sp is { } x && common is { } c ? new List<(int, int, char)> { (x.First, x.Last, c) } : [])], block.FirstRow);
            Paint(rp, paint, [.. rows.Select((r, i) => Runs(model.Rows[r].Word, spans[i], common))], block.FirstRow);
        }
    }

    // Draws per-row runs (first week index, last week index, state), a run repeated in the following rows as one rectangle.
    private void Paint(RenderPack rp, SKPaint paint, List<List<(int Start, int End, char Symbol)>> rows, int firstRow)
    {
        var open = new List<(int Start, int End, char Symbol, int FirstRow)>();
        for (var r = 0; r <= rows.Count; r++)
        {
            var runs = r < rows.Count ? rows[r] : [];
            for (var i = open.Count - 1; i >= 0; i--)
            {
                var o = open[i];
                if (!runs.Contains((o.Start, o.End, o.Symbol)))
                {
                    Fill(rp, paint, model.FirstWeek + o.Start, model.FirstWeek + o.End, RowTop(model, firstRow + o.FirstRow, groupGap), RowTop(model, firstRow + r - 1, groupGap) - 1, model.ColorOf(o.Symbol));
                    open.RemoveAt(i);
                }
            }

            foreach (var run in runs.Where(run => !open.Exists(o => (o.Start, o.End, o.Symbol) == run)))
            {
                open.Add((run.Start, run.End, run.Symbol, r));
            }
        }
    }

    // The weeks from the first to the last that is not the background state, or null when there is none.
    private static (int First, int Last)? Span(string word, char? background)
    {
        var first = 0;
        while (first < word.Length && word[first] == background)
        {
            first++;
        }

        var last = word.Length - 1;
        while (last >= first && word[last] == background)
        {
            last--;
        }

        return first <= last ? (first, last) : null;
    }

    // The runs of equal states within the span that are not the span's fill state.
    private static List<(int Start, int End, char Symbol)> Runs(string word, (int First, int Last)? span, char? fill)
    {
        var runs = new List<(int, int, char)>();
        if (span is not { } sp)
        {
            return runs;
        }

        var start = sp.First;
        while (start <= sp.Last)
        {
            var end = start;
            while (end + 1 <= sp.Last && word[end + 1] == word[start])
            {
                end++;
            }

            if (word[start] != fill)
            {
                runs.Add((start, end, word[start]));
            }

            start = end + 1;
        }

        return runs;
    }

    private void Fill(RenderPack rp, SKPaint paint, int firstWeek, int lastWeek, double top, double bottom, Color color)
    {
        var a = Axes.GetPixel(new Coordinates(firstWeek - 0.5, top));
        var b = Axes.GetPixel(new Coordinates(lastWeek + 0.5, bottom));
        paint.Color = new SKColor(color.R, color.G, color.B, color.A);
        rp.Canvas.DrawRect(new SKRect(a.X, a.Y, b.X, b.Y), paint);
    }
}
