using OutcomesLab.Design;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.EdgeCases;

/// <summary>
/// Zero case weights. R's survfit treats a row of weight 0 as absent, and so does Kaplan–Meier here;
/// R's coxph stops ("Invalid weights, must be &gt;0") and so does the Cox fit, with a message that
/// says to drop the rows.
/// </summary>
public sealed class ZeroWeightTests
{
    [Fact]
    public void Kaplan_Meier_with_zero_weights_equals_the_fit_without_those_rows()
    {
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("dropped_km_surv"), EdgeCaseFixture.Doubles("zero_weight_km_surv"), what: "R itself");
        var weighted = KaplanMeier.Fit(SurvivalSample.Create(EdgeCaseData.Time, EdgeCaseData.Event, weights: EdgeCaseData.Weight)).Curves.Single();
        var keep = Enumerable.Range(0, EdgeCaseData.Time.Length).Where(i => EdgeCaseData.Weight[i] > 0).ToArray();
        var dropped = KaplanMeier.Fit(SurvivalSample.Create([.. keep.Select(i => EdgeCaseData.Time[i])], [.. keep.Select(i => EdgeCaseData.Event[i])])).Curves.Single();

        var events = weighted.Table.Where(r => r.NEvent > 0).ToList();
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("zero_weight_km_time"), [.. events.Select(r => r.Time)], what: "event times");
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("zero_weight_km_surv"), [.. events.Select(r => r.Surv)], what: "surv");
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("zero_weight_km_stderr"), [.. events.Select(r => r.StdErr)], what: "std.err");
        Assert.Equal(dropped.Table.Where(r => r.NEvent > 0).Select(r => r.Surv), events.Select(r => r.Surv));
    }

    [Fact]
    public void Cox_refuses_zero_weights_as_coxph_does()
    {
        Assert.Equal("Invalid weights, must be >0", EdgeCaseFixture.Text("zero_weight_cox_error"));
        var sample = SurvivalSample.Create(EdgeCaseData.Time, EdgeCaseData.Event, weights: EdgeCaseData.Weight);
        var ex = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(sample, DesignMatrix.FromColumns(["x"], [EdgeCaseData.X])));
        Assert.Contains("weights[1] is 0", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid weights, must be >0", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Drop rows with weight 0", ex.Message, StringComparison.Ordinal);
    }
}
