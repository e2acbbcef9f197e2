using OutcomesLab.Design;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.EdgeCases;

/// <summary>
/// Extreme time scales. Up to 1e9 the survival curve and Cox coefficients do not depend on the unit
/// (invariance, and R agrees). At 1e-9 every gap between times is below R's <c>aeqSurv</c>
/// tolerance sqrt(eps) ≈ 1.5e-8, so R merges all times into one tie; OutcomesLab does the same
/// (DESIGN.md principle 4) and says so in a diagnostic instead of silently changing the answer.
/// </summary>
public sealed class TimeScaleTests
{
    private static SurvivalSample Scaled(double scale) =>
        SurvivalSample.Create([.. EdgeCaseData.Time.Select(t => t * scale)], EdgeCaseData.Event);

    private static DesignMatrix X() => DesignMatrix.FromColumns(["x"], [EdgeCaseData.X]);

    [Fact]
    public void Times_in_units_of_1e9_give_the_unscaled_survival_and_coefficients()
    {
        var unit = KaplanMeier.Fit(Scaled(1)).Curves.Single();
        var big = KaplanMeier.Fit(Scaled(1e9)).Curves.Single();
        Assert.Equal(unit.Table.Select(r => r.Surv), big.Table.Select(r => r.Surv));
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("scale_1e9_km_time"), [.. big.Table.Select(r => r.Time)], what: "time");
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("scale_1e9_km_surv"), [.. big.Table.Select(r => r.Surv)], what: "surv");
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("scale_1e9_km_stderr"), [.. big.Table.Select(r => r.StdErr)], what: "std.err");

        var coxUnit = CoxRegression.Fit(Scaled(1), X());
        var coxBig = CoxRegression.Fit(Scaled(1e9), X());
        NumericAssert.Close(coxUnit.Coefficients[0].Coef, coxBig.Coefficients[0].Coef, rel: 1e-12, what: "coef invariance");
        NumericAssert.Close(EdgeCaseFixture.Doubles("scale_1e9_cox_coef")[0], coxBig.Coefficients[0].Coef, rel: 1e-8, what: "coef");
        NumericAssert.Close(EdgeCaseFixture.Doubles("scale_1e9_cox_se")[0], coxBig.Coefficients[0].Se, rel: 1e-8, what: "se");
    }

    [Fact]
    public void Times_in_units_of_1e_minus_9_are_merged_as_R_and_the_merge_is_reported()
    {
        var sample = Scaled(1e-9);
        Assert.Contains(sample.Diagnostics, d => d.Message.Contains("merged", StringComparison.OrdinalIgnoreCase));
        var curve = KaplanMeier.Fit(sample).Curves.Single();
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("scale_1e-9_km_time"), [.. curve.Table.Select(r => r.Time)], what: "time");
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("scale_1e-9_km_surv"), [.. curve.Table.Select(r => r.Surv)], what: "surv");
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("scale_1e-9_km_stderr"), [.. curve.Table.Select(r => r.StdErr)], what: "std.err");

        var cox = CoxRegression.Fit(sample, X());
        NumericAssert.Close(EdgeCaseFixture.Doubles("scale_1e-9_cox_coef")[0], cox.Coefficients[0].Coef, rel: 1e-8, what: "coef");
        NumericAssert.Close(EdgeCaseFixture.Doubles("scale_1e-9_cox_se")[0], cox.Coefficients[0].Se, rel: 1e-8, what: "se");
        Assert.Contains(cox.Diagnostics, d => d.Message.Contains("merged", StringComparison.OrdinalIgnoreCase));
    }
}
