using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

public sealed class KaplanMeierFigureTests
{
    private static readonly KaplanMeierResult Fit = TestData.AddictsKm();

    [Fact]
    public void Step_knots_are_the_origin_then_every_row_of_the_result()
    {
        var model = KaplanMeierFigure.Model(Fit);
        Assert.Equal(Fit.Curves.Length, model.Curves.Length);
        for (var i = 0; i < Fit.Curves.Length; i++)
        {
            var table = Fit.Curves[i].Table;
            NumericAssert.AllClose([0.0, .. table.Select(r => r.Time)], model.Curves[i].X, what: "x");
            NumericAssert.AllClose([1.0, .. table.Select(r => r.Surv)], model.Curves[i].Y, what: "y");
            NumericAssert.AllClose([1.0, .. table.Select(r => r.Lower)], model.Curves[i].BandLower, what: "lower");
            NumericAssert.AllClose([1.0, .. table.Select(r => r.Upper)], model.Curves[i].BandUpper, what: "upper");
            var censored = table.Where(r => r.NCensor > 0).ToList();
            NumericAssert.AllClose(censored.Select(r => r.Time).ToList(), model.Curves[i].CensorX, what: "censor x");
            NumericAssert.AllClose(censored.Select(r => r.Surv).ToList(), model.Curves[i].CensorY, what: "censor y");
        }
    }

    [Fact]
    public void Number_at_risk_at_each_tick_equals_the_result_n_at_risk()
    {
        var model = KaplanMeierFigure.Model(Fit, new KaplanMeierPlotOptions { RiskTable = RiskTableRows.AtRisk | RiskTableRows.Events | RiskTableRows.Censored });
        Assert.Equal([0.0, 180, 360, 540, 720, 900, 1080], model.XTicks);
        foreach (var curve in Fit.Curves)
        {
            var atRisk = model.RiskTable.Single(r => r.Block == RiskTableRows.AtRisk && r.Label == curve.Group);
            var events = model.RiskTable.Single(r => r.Block == RiskTableRows.Events && r.Label == curve.Group);
            var censored = model.RiskTable.Single(r => r.Block == RiskTableRows.Censored && r.Label == curve.Group);
            for (var t = 0; t < model.XTicks.Length; t++)
            {
                var tick = model.XTicks[t];
                // Independent oracle: subjects still under observation at the tick, and events/censorings up to it.
                var expected = curve.Table.Where(r => r.Time >= tick).Sum(r => r.NEvent + r.NCensor);
                Assert.Equal(expected, atRisk.Values[t]);
                Assert.Equal(curve.Table.Where(r => r.Time <= tick).Sum(r => r.NEvent), events.Values[t]);
                Assert.Equal(curve.Table.Where(r => r.Time <= tick).Sum(r => r.NCensor), censored.Values[t]);
            }
        }

        Assert.Equal(Fit.Curves.Sum(c => c.N), model.RiskTable.Where(r => r.Block == RiskTableRows.AtRisk).Sum(r => r.Values[0]));
    }

    [Fact]
    public void Landmark_n_at_risk_matches_the_table_when_ticks_are_landmarks()
    {
        var fit = KaplanMeier.Fit(TestData.Addicts(), new KaplanMeierOptions { LandmarkTimes = [180, 360, 540] });
        var model = KaplanMeierFigure.Model(fit, new KaplanMeierPlotOptions { XTickStep = 180 });
        foreach (var curve in fit.Curves)
        {
            var row = model.RiskTable.Single(r => r.Label == curve.Group);
            foreach (var l in curve.Landmarks)
            {
                Assert.Equal(l.NRisk, row.Values[model.XTicks.IndexOf(l.Time)]);
            }
        }
    }

    [Fact]
    public void Weeks_and_percent_rescale_the_coordinates_only()
    {
        var model = KaplanMeierFigure.Model(Fit, new KaplanMeierPlotOptions { DisplayTimeUnit = TimeUnit.Weeks, Scale = SurvivalScale.Percent, MedianLines = true });
        var table = Fit.Curves[0].Table;
        NumericAssert.AllClose([0.0, .. table.Select(r => r.Time / 7)], model.Curves[0].X);
        NumericAssert.AllClose([100.0, .. table.Select(r => r.Surv * 100)], model.Curves[0].Y);
        NumericAssert.Close(Fit.Curves[0].Median.Time! / 7, model.Curves[0].Median);
        Assert.Equal("Time since start (weeks)", model.XLabel);
        Assert.Equal(100, model.YMax);
    }

    [Fact]
    public void Annotations_print_the_given_p_and_hazard_ratio()
    {
        var model = KaplanMeierFigure.Model(Fit, new KaplanMeierPlotOptions { PValue = 0.000123, HazardRatio = new HazardRatioAnnotation(0.5234, 0.381, 0.7123) });
        Assert.Equal(["Log-rank p < 0.001", "HR 0.52 (95% CI 0.38–0.71)"], model.Annotations);
    }

    [Fact]
    public void Png_has_the_preset_pixel_size_and_is_not_blank()
    {
        foreach (var preset in new[] { FigurePreset.JournalSingle, FigurePreset.JournalDouble, FigurePreset.JournalSingle.WithDpi(600) })
        {
            var figure = KaplanMeierFigure.Create(Fit, new KaplanMeierPlotOptions { Preset = preset, MedianLines = true, PValue = 0.0003, RiskTable = RiskTableRows.AtRisk | RiskTableRows.Events });
            var png = figure.ToPng();
            TestData.Keep($"km-{preset.Name}-{preset.Dpi}.png", png);
            ImageAssert.Png(png, preset.Pixels(preset.WidthMm), figure.PixelHeight, preset.Dpi);
        }
    }

    [Fact]
    public void Risk_table_numbers_sit_exactly_under_the_axis_ticks()
    {
        var figure = KaplanMeierFigure.Create(Fit);
        _ = figure.ToPng();
        var curves = figure.Panel("curves").Plot;
        var table = figure.Panel("risk-table").Plot;
        var texts = table.GetPlottables<ScottPlot.Plottables.Text>().ToList();
        var model = KaplanMeierFigure.Model(Fit);
        foreach (var tick in model.XTicks)
        {
            var axisPixel = curves.GetPixel(new ScottPlot.Coordinates(tick, 0)).X;
            var cells = texts.Where(t => t.Location.X == tick).ToList();
            Assert.Equal(Fit.Curves.Length, cells.Count);
            foreach (var cell in cells)
            {
                Assert.Equal(axisPixel, table.GetPixel(cell.Location).X, 0.01f);
            }
        }
    }

    [Fact]
    public void Svg_is_deterministic_and_has_the_physical_size()
    {
        var options = new KaplanMeierPlotOptions { MedianLines = true, PValue = 0.01 };
        var a = KaplanMeierFigure.Create(Fit, options).ToSvg();
        var b = KaplanMeierFigure.Create(Fit, options).ToSvg();
        TestData.Keep("km.svg", a);
        Assert.Equal(a, b);
        var text = System.Text.Encoding.UTF8.GetString(a);
        Assert.Contains("width=\"85mm\"", text, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"0 0 321.2598", text, StringComparison.Ordinal);
        Assert.Contains("Number at risk", text, StringComparison.Ordinal);
    }
}
