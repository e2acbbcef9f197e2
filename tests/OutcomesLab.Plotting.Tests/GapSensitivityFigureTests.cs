using System.Text;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

public sealed class GapSensitivityFigureTests
{
    [Fact]
    public void Points_are_the_sweeps_retained_proportions_per_arm_and_gap()
    {
        var sweep = TestData.Ctn0027GapSweep();
        var model = GapSensitivityFigure.Model(sweep);
        Assert.Equal(161, model.Day);
        Assert.Equal(["7", "14", "30", "none"], model.Gaps);
        Assert.Equal(["Methadone", "Outpatient BUP"], model.Series.Select(s => s.Group));
        foreach (var series in model.Series)
        {
            var expected = sweep.Rows.Where(r => r.Summary.Group == series.Group).Select(r => r.Summary.RetainedAt.Single(a => a.Day == 161)).ToList();
            NumericAssert.AllClose(expected.Select(a => a.Proportion).ToList(), series.Values.ToList());
            Assert.Equal(expected.Select(a => a.NRetained), series.Counts);
        }

        // Hser et al. 2014: 74% methadone vs 46% buprenorphine retained to day 161 (gap none).
        Assert.InRange(model.Series[0].Values[3], 0.73, 0.75);
        Assert.InRange(model.Series[1].Values[3], 0.45, 0.47);
        var percent = GapSensitivityFigure.Model(sweep, new GapSensitivityPlotOptions { Day = 90, Scale = SurvivalScale.Percent });
        Assert.Equal(90, percent.Day);
        NumericAssert.AllClose([100 * sweep.Rows[0].Summary.RetainedAt[0].Proportion], [percent.Series[0].Values[0]]);
        Assert.Throws<ArgumentException>(() => GapSensitivityFigure.Model(sweep, new GapSensitivityPlotOptions { Day = 30 }));
    }

    [Fact]
    public void Points_whose_retained_count_is_below_K_are_not_drawn()
    {
        // K one above the smallest retained count: exactly the points with that count (1..K-1) go.
        var sweep = TestData.Ctn0027GapSweep();
        var plain = GapSensitivityFigure.Model(sweep);
        var k = plain.Series.SelectMany(s => s.Counts).Min() + 1;
        var options = new GapSensitivityPlotOptions { SuppressBelow = k };
        var model = GapSensitivityFigure.Model(sweep, options);
        var hidden = 0;
        for (var s = 0; s < model.Series.Length; s++)
        {
            for (var g = 0; g < model.Gaps.Length; g++)
            {
                var small = plain.Series[s].Counts[g] is >= 1 && plain.Series[s].Counts[g] < k;
                hidden += small ? 1 : 0;
                Assert.Equal(small, double.IsNaN(model.Series[s].Values[g]));
                if (!small)
                {
                    Assert.Equal(plain.Series[s].Values[g], model.Series[s].Values[g]);
                }
            }
        }

        Assert.True(hidden >= 1);
        var figure = GapSensitivityFigure.Create(sweep, options);
        var png = figure.ToPng();
        TestData.Keep("gap-sensitivity-suppressed.png", png);
        ImageAssert.Png(png, 1004, figure.PixelHeight, 300);
        Assert.Throws<ArgumentOutOfRangeException>(() => GapSensitivityFigure.Model(sweep, new GapSensitivityPlotOptions { SuppressBelow = 1 }));
    }

    [Fact]
    public void Renders_at_the_preset_size_and_deterministically()
    {
        var sweep = TestData.Ctn0027GapSweep();
        var figure = GapSensitivityFigure.Create(sweep);
        var png = figure.ToPng();
        TestData.Keep("gap-sensitivity.png", png);
        ImageAssert.Png(png, 1004, figure.PixelHeight, 300);
        Assert.Equal(Encoding.UTF8.GetString(figure.ToSvg()), Encoding.UTF8.GetString(GapSensitivityFigure.Create(sweep).ToSvg()));
    }
}
