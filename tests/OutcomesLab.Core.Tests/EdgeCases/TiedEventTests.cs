using OutcomesLab.Design;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.EdgeCases;

/// <summary>Every event at one time (six of eight subjects leave on day 5): Kaplan–Meier and Cox (Efron and Breslow) as R.</summary>
public sealed class TiedEventTests
{
    private static SurvivalSample Sample() => SurvivalSample.Create(EdgeCaseData.TiedTime, EdgeCaseData.TiedEvent);

    [Fact]
    public void Kaplan_Meier_drops_in_one_step_as_survfit()
    {
        var curve = KaplanMeier.Fit(Sample()).Curves.Single();
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("tied_km_time"), [.. curve.Table.Select(r => r.Time)], what: "time");
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("tied_km_surv"), [.. curve.Table.Select(r => r.Surv)], what: "surv");
        NumericAssert.AllClose(EdgeCaseFixture.Doubles("tied_km_stderr"), [.. curve.Table.Select(r => r.StdErr)], what: "std.err");
    }

    [Theory]
    [InlineData(TieMethod.Efron, "efron")]
    [InlineData(TieMethod.Breslow, "breslow")]
    public void Cox_with_all_events_tied_matches_coxph(TieMethod ties, string key)
    {
        var fit = CoxRegression.Fit(Sample(), DesignMatrix.FromColumns(["x"], [EdgeCaseData.TiedX]), new CoxOptions(Ties: ties));
        Assert.True(fit.Converged);
        NumericAssert.Close(EdgeCaseFixture.Doubles($"tied_{key}_coef")[0], fit.Coefficients[0].Coef, rel: 1e-8, what: "coef");
        NumericAssert.Close(EdgeCaseFixture.Doubles($"tied_{key}_se")[0], fit.Coefficients[0].Se, rel: 1e-8, what: "se");
        var loglik = EdgeCaseFixture.Doubles($"tied_{key}_loglik");
        NumericAssert.Close(loglik[0], fit.LogLikNull, rel: 1e-10, what: "null loglik");
        NumericAssert.Close(loglik[1], fit.LogLik, rel: 1e-10, what: "loglik");
    }
}
