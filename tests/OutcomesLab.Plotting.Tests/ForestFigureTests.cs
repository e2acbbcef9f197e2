using OutcomesLab.EffectSizes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

public sealed class ForestFigureTests
{
    [Fact]
    public void Cox_rows_are_the_hazard_ratios_with_their_intervals()
    {
        var fit = TestData.AddictsCox();
        var model = ForestFigure.FromCox(fit);
        Assert.True(model.LogScale);
        Assert.Equal(1, model.NullValue);
        Assert.Equal(fit.Coefficients.Length, model.Rows.Length);
        for (var i = 0; i < fit.Coefficients.Length; i++)
        {
            var c = fit.Coefficients[i];
            Assert.Equal(c.Term, model.Rows[i].Label);
            NumericAssert.AllClose([c.HazardRatio, c.HrLower, c.HrUpper], [model.Rows[i].Estimate, model.Rows[i].Lower, model.Rows[i].Upper]);
            Assert.Equal($"{c.HazardRatio:0.00} ({c.HrLower:0.00}–{c.HrUpper:0.00})", model.Rows[i].Columns[0]);
        }

        Assert.True(model.XMin <= fit.Coefficients.Min(c => c.HrLower) && model.XMax >= fit.Coefficients.Max(c => c.HrUpper));
        var figure = ForestFigure.Create(model, FigurePreset.JournalSingle);
        var png = figure.ToPng();
        TestData.Keep("forest-cox.png", png);
        ImageAssert.Png(png, 1004, figure.PixelHeight, 300);
    }

    [Fact]
    public void Domain_rows_are_grouped_by_domain_and_oriented_to_benefit()
    {
        var result = TestData.Domains();
        var model = ForestFigure.FromDomainComparison(result);
        Assert.False(model.LogScale);
        Assert.Equal(0, model.NullValue);
        Assert.Equal("Favours methadone", model.FavoursLeft);
        Assert.Equal("Favours buprenorphine", model.FavoursRight);
        Assert.Equal(["Retention", "Quality of life", "Mental health"], model.Rows.Where(r => r.Kind == ForestRowKind.Header).Select(r => r.Label));
        var estimates = model.Rows.Where(r => r.Kind == ForestRowKind.Estimate).ToList();
        Assert.Equal(result.Outcomes.Select(o => o.Name), estimates.Select(r => r.Label));
        NumericAssert.AllClose(result.Outcomes.Select(o => o.FavoursTreatment).ToList(), estimates.Select(r => r.Estimate).ToList());
        NumericAssert.AllClose(result.Outcomes.Select(o => o.FavoursTreatmentLower).ToList(), estimates.Select(r => r.Lower).ToList());
        NumericAssert.AllClose(result.Outcomes.Select(o => o.FavoursTreatmentUpper).ToList(), estimates.Select(r => r.Upper).ToList());
        var png = ForestFigure.Create(model).ToPng();
        TestData.Keep("forest-domains.png", png);
        ImageAssert.Png(png, FigurePreset.JournalDouble.Pixels(174), ForestFigure.Create(model).PixelHeight, 300);
    }

    [Fact]
    public void Narrow_interval_columns_label_every_other_tick_keeping_the_null_value()
    {
        var result = TestData.Domains();
        var labels = result.Outcomes.ToDictionary(o => o.Name, o => o.Name + " or worse, week 24");
        var model = ForestFigure.FromDomainComparison(result, new ForestPlotOptions { Labels = labels });
        var figure = ForestFigure.Create(model, FigurePreset.JournalDouble);
        _ = figure.ToSvg();
        var ticks = figure.Panel("intervals").Plot.Axes.Bottom.TickGenerator.Ticks;
        Assert.Equal(model.XTicks.Length, ticks.Length);
        var shown = ticks.Where(t => t.Label.Length > 0).Select(t => t.Label).ToList();
        Assert.Contains("0", shown);
        Assert.True(shown.Count >= 2 && shown.Count < ticks.Length, $"{shown.Count} of {ticks.Length} labels shown");
        for (var k = 0; k < ticks.Length; k++)
        {
            Assert.True(ticks[k].Label.Length == 0 || TestData.Num(ticks[k].Label.Replace('\u2212', '-')) == model.XTicks[k], $"tick {k}: \"{ticks[k].Label}\" for {model.XTicks[k]}");
        }
    }

    [Fact]
    public void Meta_analysis_rows_have_weights_diamond_and_prediction_interval()
    {
        // BCG vaccine trials (Colditz et al. 1994), log risk ratios of the first six trials (metafor dat.bcg).
        double[] yi = [-0.8893, -1.5854, -1.3481, -1.4416, -0.2175, -0.7861];
        double[] vi = [0.3256, 0.1946, 0.4154, 0.0200, 0.0512, 0.0069];
        string[] studies = ["Aronson 1948", "Ferguson & Simes 1949", "Rosenthal 1960", "Hart & Sutherland 1977", "Frimodt-Moller 1973", "Stein & Aronson 1953"];
        var fit = MetaAnalysis.Fit(yi, vi);
        var model = ForestFigure.FromMetaAnalysis(fit, yi, vi, studies, exponentiate: true, "RR");
        Assert.Equal(studies.Length + 2, model.Rows.Length);
        var pooled = model.Rows.Single(r => r.Kind == ForestRowKind.Summary);
        NumericAssert.AllClose([Math.Exp(fit.Estimate), Math.Exp(fit.Lower), Math.Exp(fit.Upper)], [pooled.Estimate, pooled.Lower, pooled.Upper]);
        var pi = model.Rows.Single(r => r.Kind == ForestRowKind.Prediction);
        NumericAssert.AllClose([Math.Exp(fit.PredictionLower), Math.Exp(fit.PredictionUpper)], [pi.Lower, pi.Upper]);
        var largest = fit.WeightsPercent.Max();
        for (var i = 0; i < studies.Length; i++)
        {
            NumericAssert.Close(Math.Exp(yi[i]), model.Rows[i].Estimate);
            NumericAssert.Close(Math.Exp(yi[i] - (1.959963984540054 * Math.Sqrt(vi[i]))), model.Rows[i].Lower, rel: 1e-9);
            NumericAssert.Close(fit.WeightsPercent[i] / largest, model.Rows[i].Weight);
        }

        var figure = ForestFigure.Create(model);
        TestData.Keep("forest-meta.png", figure.ToPng());
        Assert.Equal(ForestFigure.Create(model).ToSvg(), figure.ToSvg());
    }
}
