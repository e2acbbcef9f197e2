using System.Text.Json;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.Cox.CoxFixtures;

namespace OutcomesLab.Core.Tests.Survival.Cox;

/// <summary>
/// Oracle: survival 3.5-3 <c>coxph</c> via Fixtures/reference/r/make_cox_extra.R (JSON in survival/, full
/// precision "%.17g"): case weights (non-integer, so R's default is <c>robust = TRUE</c>), explicit
/// <c>robust = TRUE</c> without cluster (per-row sandwich), <c>id =</c> grouping on (start, stop] data.
/// </summary>
public sealed class CoxWeightsRobustTests(ITestOutputHelper output)
{
    private const double Rel = 1e-9;

    public static TheoryData<string> Fixtures => new()
    {
        "lung_cox_weights", "lung_cox_weights_naive", "lung_cox_weights_breslow", "lung_cox_robust",
        "heart_cox", "heart_cox_id", "heart_cox_id_robust", "heart_cox_rowid_robust",
    };

    internal static CoxResult FitFor(string fixture)
    {
        if (fixture.StartsWith("heart", StringComparison.Ordinal))
        {
            var (hs, hx, id) = Heart();
            return fixture switch
            {
                // coxph(Surv(start, stop, event) ~ age + year + surgery + transplant, data = heart[, id = id][, robust = TRUE])
                "heart_cox" => CoxRegression.Fit(hs, hx),
                "heart_cox_id" => CoxRegression.Fit(hs, hx, new CoxOptions(Id: id)),
                "heart_cox_id_robust" => CoxRegression.Fit(hs, hx, new CoxOptions(Id: id, Robust: true)),
                _ => CoxRegression.Fit(hs, hx, new CoxOptions(Id: [.. Enumerable.Range(1, hs.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))], Robust: true)),
            };
        }

        var (s, x) = Lung();
        if (fixture == "lung_cox_robust")
        {
            // coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lc, robust = TRUE)
            return CoxRegression.Fit(s, x, new CoxOptions(Robust: true));
        }

        // coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lc, weights = w [, robust = FALSE | ties = "breslow"])
        var ws = SurvivalSample.Create([.. s.Times], [.. s.Status.Select(v => v == 1)], weights: LungWeights(s.Count));
        return fixture switch
        {
            "lung_cox_weights_naive" => CoxRegression.Fit(ws, x, new CoxOptions(Robust: false)),
            "lung_cox_weights_breslow" => CoxRegression.Fit(ws, x, new CoxOptions(Ties: TieMethod.Breslow)),
            _ => CoxRegression.Fit(ws, x),
        };
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fit_matches_coxph(string fixture)
    {
        var json = LoadJson(fixture);
        var fit = FitFor(fixture);
        var maxRel = 0.0;
        void Cmp(string what, IReadOnlyList<double?> e, IReadOnlyList<double?> a, double rel = Rel)
        {
            NumericAssert.AllClose(e, a, rel, 1e-14, fixture + " " + what);
            maxRel = Math.Max(maxRel, CoxFixtureTests.MaxRel(e, a));
        }

        Assert.Equal(json.GetProperty("n").GetInt32(), fit.N);
        Assert.Equal(json.GetProperty("nevent").GetInt32(), fit.Events);
        Assert.Equal(json.GetProperty("iter").GetInt32(), fit.Iterations);
        var c = fit.Coefficients;
        Cmp("coef", Vec(json.GetProperty("coef")), [.. c.Select(r => (double?)r.Coef)]);
        Cmp("se", Vec(json.GetProperty("se")), [.. c.Select(r => (double?)r.Se)]);
        var robust = json.GetProperty("robust_se").ValueKind != JsonValueKind.Null;
        Assert.Equal(robust, fit.IsRobust);
        if (robust)
        {
            Cmp("robust_se", Vec(json.GetProperty("robust_se")), [.. c.Select(r => r.RobustSe)]);
            Cmp("rscore", [Num(json, "rscore")], [fit.RobustScore!.ChiSquare]);
        }
        else
        {
            Assert.Null(fit.RobustScore);
        }

        Cmp("loglik", Vec(json.GetProperty("loglik")), [fit.LogLikNull, fit.LogLik], 1e-12);
        Cmp("score", [Num(json, "score")], [fit.Score.ChiSquare]);
        Cmp("wald", [Num(json, "wald")], [fit.Wald.ChiSquare]);
        Cmp("lr", [Num(json, "lr")], [fit.LikelihoodRatio.ChiSquare], 1e-8);
        Cmp("concordance", Vec(json.GetProperty("concordance")), [fit.Concordance.Estimate, fit.Concordance.Se]);
        Cmp("hr_lower", Vec(json.GetProperty("hr_lower")), [.. c.Select(r => (double?)r.HrLower)]);
        Cmp("hr_upper", Vec(json.GetProperty("hr_upper")), [.. c.Select(r => (double?)r.HrUpper)]);
        Cmp("z", Vec(json.GetProperty("z")), [.. c.Select(r => (double?)r.Z)]);
        Cmp("p", Vec(json.GetProperty("p")), [.. c.Select(r => (double?)r.P)], 1e-7);
        output.WriteLine($"{fixture}: max relative error {maxRel:E2}");
    }

    [Fact]
    public void Explicit_robust_on_counting_process_data_without_grouping_throws_as_R()
    {
        // coxph(Surv(start, stop, event) ~ ..., data = heart, robust = TRUE): Error "one of cluster or id is needed"
        var (s, x, _) = Heart();
        var ex = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(s, x, new CoxOptions(Robust: true)));
        Assert.Contains("Id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_with_robust_false_is_ignored_with_a_diagnostic()
    {
        var (s, x, site) = Retention();
        var fit = CoxRegression.Fit(s, x, new CoxOptions(Cluster: site, Robust: false));
        Assert.False(fit.IsRobust);
        Assert.Contains(fit.Diagnostics, d => d.Code == "cluster-ignored");
    }
}
