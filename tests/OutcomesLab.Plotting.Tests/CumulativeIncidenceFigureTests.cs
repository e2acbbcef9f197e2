using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

public sealed class CumulativeIncidenceFigureTests
{
    private static readonly CumulativeIncidenceResult Fit = CumulativeIncidence.Fit(TestData.SimulatedCompeting());

    [Fact]
    public void One_curve_per_cause_and_group_with_the_result_estimates()
    {
        var model = CumulativeIncidenceFigure.Model(Fit);
        Assert.Equal(Fit.Causes.Length * Fit.Groups.Length, model.Curves.Length);
        foreach (var curve in Fit.Curves)
        {
            var drawn = model.Curves.Single(c => c.Group == curve.Group && c.Label.EndsWith("cause " + curve.Cause, StringComparison.Ordinal));
            NumericAssert.AllClose([0.0, .. curve.Points.Select(p => p.Time)], drawn.X);
            NumericAssert.AllClose([0.0, .. curve.Points.Select(p => p.Estimate)], drawn.Y);
        }

        Assert.Equal(Fit.GrayTests.Length, model.Annotations.Length);
        Assert.True(model.YMax >= model.Curves.Max(c => c.Y.Max()));
    }

    [Fact]
    public void At_risk_per_group_equals_the_points_n_at_risk()
    {
        var model = CumulativeIncidenceFigure.Model(Fit, new CumulativeIncidencePlotOptions { RiskTable = RiskTableRows.AtRisk | RiskTableRows.Events });
        foreach (var group in Fit.Groups)
        {
            var points = Fit.Curve(group, Fit.Causes[0]).Points;
            var row = model.RiskTable.Single(r => r.Block == RiskTableRows.AtRisk && r.Label == group);
            var events = model.RiskTable.Single(r => r.Block == RiskTableRows.Events && r.Label == group);
            for (var t = 0; t < model.XTicks.Length; t++)
            {
                var first = points.FirstOrDefault(p => p.Time >= model.XTicks[t]);
                Assert.Equal(first?.NRisk ?? 0, row.Values[t]);
                Assert.Equal(points.Where(p => p.Time <= model.XTicks[t]).Sum(p => p.NEvent + p.NCompetingEvent), events.Values[t]);
            }
        }
    }

    [Fact]
    public void Group_labels_replace_the_result_groups_in_curves_legend_and_at_risk_rows()
    {
        var labels = Fit.Groups.Select(g => "Arm " + g.ToUpperInvariant()).ToArray();
        var model = CumulativeIncidenceFigure.Model(Fit, new CumulativeIncidencePlotOptions { GroupLabels = labels });
        for (var g = 0; g < Fit.Groups.Length; g++)
        {
            Assert.Contains(model.Legend, e => e.Label == labels[g]);
            Assert.All(model.Curves.Where(c => c.Group == Fit.Groups[g]), c => Assert.StartsWith(labels[g] + ", ", c.Label, StringComparison.Ordinal));
            var plain = CumulativeIncidenceFigure.Model(Fit).RiskTable.Single(r => r.Label == Fit.Groups[g]);
            Assert.Equal(plain.Values, model.RiskTable.Single(r => r.Label == labels[g]).Values);
        }

        var error = Assert.Throws<ArgumentException>(() => CumulativeIncidenceFigure.Model(Fit, new CumulativeIncidencePlotOptions { GroupLabels = ["only one"] }));
        Assert.Contains("give one label per group", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_are_off_by_default_and_are_the_tables_interval_when_on()
    {
        Assert.All(CumulativeIncidenceFigure.Model(Fit).Curves, c => Assert.True(c.BandLower.IsEmpty && c.BandUpper.IsEmpty));

        // Oracle: survival's survfit_confint(p, se, logse = FALSE, conf.type = "log") by hand on cmprsk's delta variance:
        // exp(log p -/+ z se / p), the upper limit capped at 1, NA where p = 0.
        var z = 1.959963984540054;
        var model = CumulativeIncidenceFigure.Model(Fit, new CumulativeIncidencePlotOptions { ConfidenceBands = true });
        foreach (var curve in Fit.Curves)
        {
            var drawn = model.Curves.Single(c => c.Group == curve.Group && c.Label.EndsWith("cause " + curve.Cause, StringComparison.Ordinal));
            Assert.Equal(curve.Points.Length + 1, drawn.BandLower.Length);
            for (var i = 0; i < curve.Points.Length; i++)
            {
                var p = curve.Points[i];
                if (p.Estimate == 0)
                {
                    Assert.Null(drawn.BandLower[i + 1]);
                    continue;
                }

                var se = Math.Sqrt(p.DeltaVariance);
                NumericAssert.Close(p.Estimate * Math.Exp(-z * se / p.Estimate), drawn.BandLower[i + 1]!.Value, 1e-12, 1e-15, "lower");
                NumericAssert.Close(Math.Min(1, p.Estimate * Math.Exp(z * se / p.Estimate)), drawn.BandUpper[i + 1]!.Value, 1e-12, 1e-15, "upper");
            }
        }

        // Another transform in the fit changes the band with it (the figure draws the result's interval, never its own).
        var logLog = CumulativeIncidence.Fit(TestData.SimulatedCompeting(), new CumulativeIncidenceOptions { ConfidenceTransform = CifConfidenceTransform.LogLog });
        var other = CumulativeIncidenceFigure.Model(logLog, new CumulativeIncidencePlotOptions { ConfidenceBands = true });
        var first = logLog.Curves[0];
        var point = first.Points.First(q => q.Estimate > 0.05);
        var index = first.Points.IndexOf(point) + 1;
        var band = other.Curves.Single(c => c.Group == first.Group && c.Label.EndsWith("cause " + first.Cause, StringComparison.Ordinal));
        var lp = Math.Log(point.Estimate);
        NumericAssert.Close(Math.Exp(-Math.Exp(Math.Log(-lp) - (z * point.StdErr / point.Estimate / lp))), band.BandLower[index]!.Value, 1e-12, 1e-15, "log-log lower");
    }

    [Fact]
    public void Renders_png_and_svg()
    {
        var options = new CumulativeIncidencePlotOptions { CauseLabels = new Dictionary<int, string> { [1] = "dropout", [2] = "transfer", [3] = "death" }, DisplayTimeUnit = TimeUnit.Months, Scale = SurvivalScale.Percent };
        var figure = CumulativeIncidenceFigure.Create(Fit, options);
        var png = figure.ToPng();
        TestData.Keep("cif.png", png);
        ImageAssert.Png(png, 1004, figure.PixelHeight, 300);
        var a = CumulativeIncidenceFigure.Create(Fit, options).ToSvg();
        var b = figure.ToSvg();
        Assert.Equal(a, b);
        Assert.Equal(b, figure.ToSvg());
    }
}
