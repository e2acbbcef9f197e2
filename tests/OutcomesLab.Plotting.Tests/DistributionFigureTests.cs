using System.Text;
using OutcomesLab.Outcomes;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

public sealed class DistributionFigureTests
{
    private static DistributionSummaryResult Summary() =>
        DistributionSummary.Compute([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 40, 10, 20, 30, 40], ["A", "A", "A", "A", "A", "A", "A", "A", "A", "A", "A", "A", "B", "B", "B", "B"]);

    [Fact]
    public void Boxes_are_the_quartiles_whiskers_and_outliers()
    {
        var result = Summary();
        var model = DistributionFigure.Model(result);
        Assert.Empty(model.Bars);
        Assert.Equal(2, model.Boxes.Length);
        foreach (var (box, s) in model.Boxes.Zip(result.Groups))
        {
            Assert.Equal((s.Q1, s.Median, s.Q3), (box.Q1, box.Median, box.Q3));
            Assert.Equal((s.LowerWhisker, s.UpperWhisker), (box.LowerWhisker, box.UpperWhisker));
            Assert.Equal(s.Outliers, box.Outliers);
            Assert.Empty(box.JitterX);
        }

        Assert.Equal((2.75, 5.25, 9.0), (model.Boxes[0].Q1, model.Boxes[0].Q3, model.Boxes[0].UpperWhisker));
        var jitter = DistributionFigure.Model(result, new DistributionPlotOptions { Jitter = true });
        Assert.Equal(result.Groups[0].Values, jitter.Boxes[0].JitterY);
        Assert.All(jitter.Boxes[0].JitterX, x => Assert.InRange(x, 0.75, 1.25));
    }

    [Fact]
    public void Histogram_bar_heights_are_the_bin_counts()
    {
        var result = Summary();
        var model = DistributionFigure.Model(result, new DistributionPlotOptions { Kind = DistributionKind.Histogram });
        Assert.Empty(model.Boxes);
        foreach (var s in result.Groups)
        {
            var bars = model.Bars.Where(b => b.Group == s.Group).ToList();
            Assert.Equal(s.BinCounts, bars.Select(b => b.Count));
            Assert.Equal(result.Breaks.Take(result.Breaks.Length - 1), bars.Select(b => b.BinLower));
            Assert.All(bars, b => Assert.True(b.Left >= b.BinLower && b.Right <= b.BinUpper));
        }
    }

    [Fact]
    public void Renders_at_the_preset_size_and_deterministically()
    {
        var result = Summary();
        foreach (var kind in new[] { DistributionKind.Box, DistributionKind.Histogram })
        {
            var options = new DistributionPlotOptions { Kind = kind, Jitter = true, Preset = FigurePreset.JournalDouble.WithDpi(600) };
            var figure = DistributionFigure.Create(result, options);
            ImageAssert.Png(figure.ToPng(), FigurePreset.JournalDouble.WithDpi(600).Pixels(174), figure.PixelHeight, 600);
            Assert.Equal(Encoding.UTF8.GetString(figure.ToSvg()), Encoding.UTF8.GetString(DistributionFigure.Create(result, options).ToSvg()));
        }
    }
}
