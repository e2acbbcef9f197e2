using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

/// <summary>The Cox predicted-survival figure draws exactly the curves of <see cref="CoxPredictions.PredictSurvival"/> (a consumer: the numbers are tested against R elsewhere).</summary>
public sealed class CoxSurvivalFigureTests
{
    [Fact]
    public void Model_holds_the_predicted_curves_their_bands_and_one_table_row_per_stratum()
    {
        var fit = TestData.AddictsCox();
        var low = CoxPredictions.PredictSurvival(fit, [0.0, 0, 40]);
        var high = CoxPredictions.PredictSurvival(fit, [1.0, 1, 80]);
        var series = new List<CoxSurvivalSeries> { new("profile A", low[0]), new("profile B", high[0]) };
        var model = CoxSurvivalFigure.Model(series);
        Assert.Equal(2, model.Curves.Length);
        Assert.Equal(["profile A", "profile B"], model.Legend.Select(l => l.Label));
        for (var i = 0; i < 2; i++)
        {
            var c = series[i].Curve;
            NumericAssert.AllClose([1.0, .. c.Survival], model.Curves[i].Y, rel: 0, abs: 0, what: "survival knots");
            NumericAssert.AllClose([0.0, .. c.Time], model.Curves[i].X, rel: 0, abs: 0, what: "time knots");
            NumericAssert.AllClose([1.0, .. c.Lower], model.Curves[i].BandLower, rel: 0, abs: 0, what: "lower band");
        }

        var row = Assert.Single(model.RiskTable);
        Assert.Equal(series[0].Curve.NRisk[0], row.Values[0]);
        Assert.NotNull(CoxSurvivalFigure.Create(series));
    }

    [Fact]
    public void No_curve_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => CoxSurvivalFigure.Model([]));
        Assert.Contains("at least one profile", ex.Message, StringComparison.Ordinal);
    }
}
