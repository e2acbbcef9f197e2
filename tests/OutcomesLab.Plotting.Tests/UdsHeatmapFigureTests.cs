using System.Text;
using OutcomesLab.Outcomes;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

public sealed class UdsHeatmapFigureTests
{
    [Fact]
    public void Rows_are_the_words_grouped_by_arm_and_sorted_longest_first()
    {
        var words = TestData.Ctn0027Words();
        var model = UdsHeatmapFigure.Model(words);
        Assert.Equal(words.Words.Length, model.Rows.Length);
        Assert.Equal(["Methadone", "Outpatient BUP"], model.Groups.Select(g => g.Group));
        foreach (var block in model.Groups)
        {
            var rows = model.Rows.Skip(block.FirstRow).Take(block.N).ToList();
            Assert.All(rows, r => Assert.Equal(block.Group, r.Group));
            Assert.Equal(words.Groups.Count(g => g == block.Group), block.N);
            for (var i = 1; i < rows.Count; i++)
            {
                Assert.True(rows[i - 1].SortKey >= rows[i].SortKey, $"{block.Group}: row {i} is longer than row {i - 1}");
            }
        }

        for (var r = 0; r < model.Rows.Length; r += 97)
        {
            var i = words.Patients.IndexOf(model.Rows[r].Patient);
            Assert.Equal(words.Words[i], model.Rows[r].Word);
            Assert.Equal(words.Words[i].LastIndexOfAny(['+', '-', '*']) + 1, model.Rows[r].SortKey);
        }
    }

    [Fact]
    public void Cells_take_the_colour_of_their_symbol_and_time_in_treatment_sorts()
    {
        var words = new UdsWords(["a", "b", "c"], ["x", "y", "x"], ["+-o*", "oooo", "--++"], new UdsWordOptions { Substances = ["Opioid"], FirstWeek = 3, LastWeek = 6 });
        var model = UdsHeatmapFigure.Model(words, new UdsHeatmapPlotOptions { TimeInTreatment = [10, 5, 30], GroupOrder = ["y", "x"] });
        Assert.Equal(["b", "c", "a"], model.Rows.Select(r => r.Patient));
        Assert.Equal([new UdsHeatmapGroup("y", 1, 0), new UdsHeatmapGroup("x", 2, 1)], model.Groups);
        Assert.Equal(OkabeIto.Vermillion, model.CellColor(2, 3));
        Assert.Equal(OkabeIto.Blue, model.CellColor(2, 4));
        Assert.Equal(OkabeIto.Orange, model.CellColor(2, 6));
        Assert.Equal(UdsHeatmapFigure.DefaultLegend[3].Color, model.CellColor(0, 5));
        Assert.Equal(["-", "+", "*", "o"], model.Legend.Select(k => k.Symbol.ToString()));
        Assert.Throws<ArgumentException>(() => UdsHeatmapFigure.Model(words, new UdsHeatmapPlotOptions { TimeInTreatment = [1] }));
    }

    [Theory]
    [InlineData("journal-single", 300)]
    [InlineData("journal-double", 600)]
    public void Renders_at_the_preset_size_and_deterministically(string preset, int dpi)
    {
        var words = TestData.Ctn0027Words();
        var p = FigurePreset.Named(preset).WithDpi(dpi);
        var figure = UdsHeatmapFigure.Create(words, new UdsHeatmapPlotOptions { Preset = p });
        var png = figure.ToPng();
        TestData.Keep($"uds-heatmap-{preset}.png", png);
        ImageAssert.Png(png, p.Pixels(p.WidthMm), figure.PixelHeight, dpi);
        var svg = Encoding.UTF8.GetString(figure.ToSvg());
        Assert.Equal(svg, Encoding.UTF8.GetString(UdsHeatmapFigure.Create(words, new UdsHeatmapPlotOptions { Preset = p }).ToSvg()));
        Assert.Contains("Negative", svg, StringComparison.Ordinal);
    }
}
