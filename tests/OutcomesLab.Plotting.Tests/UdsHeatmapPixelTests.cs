using OutcomesLab.Outcomes;
using SkiaSharp;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

/// <summary>
/// Heat-map rows at least one device pixel high, binned honestly, a raster with only the legend's colours, and a
/// small SVG. Oracles: binning by hand (majority per week, ties to positive, mixed, negative, missing), the pixel
/// geometry of the preset (85 mm at 300 dpi), and the legend's colours.
/// </summary>
public sealed class UdsHeatmapPixelTests
{
    [Fact]
    public void Bins_take_each_weeks_majority_ties_going_to_use()
    {
        var words = new UdsWords(["a", "b", "c", "d"], ["x", "x", "x", "x"], ["++-", "+--", "o-o", "oo-"], new UdsWordOptions { Substances = ["Opioid"], FirstWeek = 1, LastWeek = 3 });
        var model = UdsHeatmapFigure.Model(words);
        Assert.Equal(["a", "b", "d", "c"], model.Rows.Select(r => r.Patient));
        var binned = UdsHeatmapFigure.Bin(model, 2);
        Assert.Equal(["++-", "o--"], binned.Rows.Select(r => r.Word));
        Assert.Equal([2, 2], binned.Rows.Select(r => r.Patients));
        Assert.Equal(2, binned.PatientsPerRow);
        Assert.Equal(4, binned.Groups[0].N);
        Assert.Equal(2, binned.Groups[0].RowCount);
        Assert.EndsWith(", 2 per row", binned.YLabel, StringComparison.Ordinal);
        var three = UdsHeatmapFigure.Bin(model, 3);
        Assert.Equal([3, 1], three.Rows.Select(r => r.Patients));
        Assert.Same(model, UdsHeatmapFigure.Bin(model, 1));
        Assert.Throws<ArgumentException>(() => UdsHeatmapFigure.Bin(binned, 2));
    }

    [Theory]
    [InlineData("journal-single", 300, 2)]
    [InlineData("journal-double", 300, 1)]
    [InlineData("journal-single", 600, 1)]
    public void Every_row_is_at_least_a_device_pixel_and_the_cells_have_only_legend_colours(string preset, int dpi, int k)
    {
        var words = TestData.Ctn0027Words();
        var p = FigurePreset.Named(preset).WithDpi(dpi);
        var model = UdsHeatmapFigure.Model(words);
        Assert.Equal(k, UdsHeatmapFigure.PatientsPerRow(model, p));
        var figure = UdsHeatmapFigure.Create(model, p);
        using var bitmap = SKBitmap.Decode(figure.ToPng());

        var panel = figure.Panel("heatmap");
        var data = panel.Plot.RenderManager.LastRender.DataRect;
        var scale = dpi / 96.0;
        var edge = (int)Math.Ceiling(2 * scale); // the x-axis line and the antialiased outer edge of the data area
        int x0 = (int)Math.Ceiling(data.Left * scale) + edge, x1 = (int)Math.Floor(data.Right * scale) - edge;
        int y0 = (int)Math.Ceiling(data.Top * scale) + edge, y1 = (int)Math.Floor(data.Bottom * scale) - edge;
        var rows = (double)words.Words.Length / k;
        Assert.True(y1 - y0 + (2 * edge) >= rows, $"{rows} rows in {y1 - y0 + (2 * edge)} px");

        var allowed = UdsHeatmapFigure.DefaultLegend.Select(l => new SKColor(l.Color.R, l.Color.G, l.Color.B)).Append(SKColors.White).ToHashSet();
        var seen = new Dictionary<SKColor, int>();
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                var c = bitmap.GetPixel(x, y);
                seen[c] = seen.GetValueOrDefault(c) + 1;
            }
        }

        Assert.All(seen.Keys, c => Assert.True(allowed.Contains(c), $"colour {c} ({seen[c]} pixels) is not in the legend"));
        Assert.Equal(5, seen.Count);
    }

    [Fact]
    public void The_svg_of_1269_patients_stays_far_below_a_megabyte()
    {
        // 995 kB before runs repeated down the rows were merged, the arm blocks filled first and rectangles written to 0.01 unit.
        var svg = UdsHeatmapFigure.Create(TestData.Ctn0027Words(), new UdsHeatmapPlotOptions { Preset = FigurePreset.JournalDouble }).ToSvg();
        TestData.Keep("uds-heatmap-double.svg", svg);
        Assert.InRange(svg.Length, 1, 520_000);
        var single = UdsHeatmapFigure.Create(TestData.Ctn0027Words()).ToSvg();
        Assert.InRange(single.Length, 1, 320_000);
    }
}
