using Xunit;

namespace OutcomesLab.Plotting.Tests;

/// <summary>Small-cell suppression of the table under a Kaplan–Meier plot (primary only: the rows have no totals).</summary>
public sealed class KaplanMeierSuppressionTests
{
    [Fact]
    public void Counts_from_1_to_K_minus_1_print_as_less_than_K_and_the_values_stay_exact()
    {
        var fit = TestData.AddictsKm();
        var options = new KaplanMeierPlotOptions { RiskTable = RiskTableRows.AtRisk | RiskTableRows.Events, SuppressBelow = 11 };
        var model = KaplanMeierFigure.Model(fit, options);
        var plain = KaplanMeierFigure.Model(fit, options with { SuppressBelow = null });
        var hidden = 0;
        for (var r = 0; r < model.RiskTable.Length; r++)
        {
            var row = model.RiskTable[r];
            Assert.Equal(plain.RiskTable[r].Values, row.Values);
            for (var t = 0; t < row.Values.Length; t++)
            {
                var v = row.Values[t];
                var small = v >= 1 && v <= 10;
                hidden += small ? 1 : 0;
                Assert.Equal(small ? "<11" : plain.RiskTable[r].Text(t), row.Text(t));
            }
        }

        // Addicts at day 900: both clinics have fewer than 11 patients at risk (the last tick).
        Assert.True(hidden >= 2, "expected the last at-risk counts to be suppressed");
        var svg = System.Text.Encoding.UTF8.GetString(KaplanMeierFigure.Create(fit, options).ToSvg());
        Assert.Contains("&lt;11", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_stays_shown_and_K_below_2_is_refused()
    {
        var row = new RiskTableRow(RiskTableRows.Events, "a", ScottPlot.Colors.Black, [0, 3, 11]) { SuppressBelow = 11 };
        Assert.Equal(["0", "<11", "11"], Enumerable.Range(0, 3).Select(row.Text));
        Assert.Throws<ArgumentOutOfRangeException>(() => KaplanMeierFigure.Model(TestData.AddictsKm(), new KaplanMeierPlotOptions { SuppressBelow = 1 }));
    }
}
