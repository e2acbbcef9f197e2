using System.Text.RegularExpressions;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

/// <summary>
/// Step figures end their x-axis on a tick: the simulated cohort's follow-up of 365 days shown in months is
/// 11.99 months, and the axis used to stop there after the 9-month tick, dropping the 12-month tick and its
/// number at risk. Oracle for the counts: subjects with follow-up ≥ the tick (in days, a month being
/// 365.25 / 12 days) counted straight from the CSV.
/// </summary>
public sealed class AxisEndTests
{
    private const double DaysPerMonth = 365.25 / 12;

    [Fact]
    public void Km_of_365_days_in_months_ends_on_the_12_month_tick_with_its_at_risk_counts()
    {
        var (h, rows) = TestData.Csv("simulated_cohort.csv");
        int time = Array.IndexOf(h, "time_days"), evt = Array.IndexOf(h, "event"), arm = Array.IndexOf(h, "arm");
        Assert.Equal(365, rows.Max(r => TestData.Num(r[time])));
        var sample = SurvivalSample.Create([.. rows.Select(r => TestData.Num(r[time]))], [.. rows.Select(r => r[evt] == "1")], [.. rows.Select(r => r[arm])]);
        var options = new KaplanMeierPlotOptions { DisplayTimeUnit = TimeUnit.Months };
        var model = KaplanMeierFigure.Model(KaplanMeier.Fit(sample), options);
        Assert.Equal([0.0, 3, 6, 9, 12], model.XTicks);
        Assert.Equal(12, model.XMax);
        foreach (var row in model.RiskTable)
        {
            Assert.Equal(model.XTicks.Length, row.Values.Length);
            for (var t = 0; t < model.XTicks.Length; t++)
            {
                var expected = rows.Count(r => r[arm] == row.Label && TestData.Num(r[time]) >= (model.XTicks[t] * DaysPerMonth) - 1e-9);
                Assert.Equal(expected, row.Values[t]);
            }
        }

        // The tick is drawn and labelled in the figure.
        var svg = System.Text.Encoding.UTF8.GetString(KaplanMeierFigure.Create(KaplanMeier.Fit(sample), options).ToSvg());
        Assert.Matches(new Regex(@">\s*12\s*<"), svg);
    }

    [Fact]
    public void Cif_in_months_ends_on_a_tick_at_or_after_the_last_time()
    {
        var model = CumulativeIncidenceFigure.Model(CumulativeIncidence.Fit(TestData.SimulatedCompeting()), new CumulativeIncidencePlotOptions { DisplayTimeUnit = TimeUnit.Months });
        Assert.Equal(12, model.XTicks[^1]);
        Assert.Equal(model.XTicks[^1], model.XMax);
        Assert.All(model.RiskTable, r => Assert.Equal(model.XTicks.Length, r.Values.Length));
    }

    [Fact]
    public void Cox_survival_ends_on_a_tick_at_or_after_the_last_time()
    {
        var fit = TestData.AddictsCox();
        var curve = CoxPredictions.PredictSurvival(fit, [0.0, 0, 60])[0];
        var model = CoxSurvivalFigure.Model([new CoxSurvivalSeries("profile", curve)], new CoxSurvivalPlotOptions { DisplayTimeUnit = TimeUnit.Months });
        var last = curve.Time[^1] / DaysPerMonth;
        Assert.True(model.XTicks[^1] >= last, $"last tick {model.XTicks[^1]} before the last time {last}");
        Assert.True(model.XTicks[^1] - model.XTicks[^2] > model.XTicks[^1] - last, "the last tick is more than one step past the data");
        Assert.Equal(model.XTicks[^1], model.XMax);
    }

    [Fact]
    public void A_given_x_maximum_is_kept()
    {
        var model = KaplanMeierFigure.Model(TestData.AddictsKm(), new KaplanMeierPlotOptions { XMax = 500 });
        Assert.Equal(500, model.XMax);
        Assert.True(model.XTicks[^1] <= 500);
    }
}
