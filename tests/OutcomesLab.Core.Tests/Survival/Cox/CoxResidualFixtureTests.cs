using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.Cox.CoxFixtures;

namespace OutcomesLab.Core.Tests.Survival.Cox;

/// <summary>
/// Oracle: survival 3.5-3 <c>residuals.coxph</c> via Fixtures/reference/r/make_cox_extra.R (first rows, full precision):
/// the weighted lung fit (<c>weights = w</c>; dfbeta weighted, R's default), the stratified veteran fit and the
/// (start, stop] heart fit (<c>heart_cox_id.json</c> holds <c>residuals(hfit, type)[1:6, ]</c>).
/// </summary>
public sealed class CoxResidualFixtureTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("lung_cox_weights")]
    [InlineData("veteran_cox_residuals")]
    [InlineData("heart_cox_id")]
    public void Residuals_match_R(string fixture)
    {
        CoxResult fit;
        if (fixture.StartsWith("lung", StringComparison.Ordinal))
        {
            var (s, x) = Lung();
            fit = CoxRegression.Fit(SurvivalSample.Create([.. s.Times], [.. s.Status.Select(v => v == 1)], weights: LungWeights(s.Count)), x);
        }
        else if (fixture.StartsWith("veteran", StringComparison.Ordinal))
        {
            var (s, x) = Veteran();
            fit = CoxRegression.Fit(s, x);
        }
        else
        {
            var (s, x, _) = Heart();
            fit = CoxRegression.Fit(s, x);
        }

        var json = LoadJson(fixture);
        var maxRel = 0.0;
        void Cmp(string field, CoxResidualType type)
        {
            var r = CoxPredictions.Residuals(fit, type);
            var prop = json.GetProperty(field);
            double?[][] e = prop[0].ValueKind == System.Text.Json.JsonValueKind.Array ? Mat(prop) : [.. Vec(prop).Select(v => new[] { v })];
            for (var i = 0; i < e.Length; i++)
            {
                var a = r.Values[i].Select(v => (double?)v).ToList();
                NumericAssert.AllClose(e[i], a, 1e-9, 1e-13, $"{fixture} {field}[{i}]");
                maxRel = Math.Max(maxRel, CoxFixtureTests.MaxRel(e[i], a));
            }
        }

        Cmp("martingale", CoxResidualType.Martingale);
        Cmp("deviance", CoxResidualType.Deviance);
        Cmp("resid_score", CoxResidualType.Score);
        Cmp("dfbeta", CoxResidualType.Dfbeta);
        Cmp("schoenfeld", CoxResidualType.Schoenfeld);
        Cmp("scaledsch", CoxResidualType.ScaledSchoenfeld);
        output.WriteLine($"{fixture}: max relative error {maxRel:E2}");
    }
}
