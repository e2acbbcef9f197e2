using System.Text.Json;
using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.Cox.CoxFixtures;

namespace OutcomesLab.Core.Tests.Survival.Cox;

/// <summary>
/// Oracle: R reference fixtures (tier 2), survival 3.5-3 <c>coxph</c> + <c>summary.coxph</c> as written by
/// ../shared/reference/make_reference.R (calls in each JSON's _meta.r_calls). Iterative results: we follow
/// coxfit6.c's iteration path, so agreement is far below the 1e-9 log-likelihood criterion.
/// </summary>
public sealed class CoxFixtureTests(ITestOutputHelper output)
{
    // Coefficients/SEs/variances: issue asks 1e-6; we reach ~1e-12 because we replicate R's path.
    private const double Rel = 1e-9;
    private const double LogLikRel = 1e-12;

    public static TheoryData<string> Fixtures => new()
    {
        "lung_cox_efron", "lung_cox_breslow", "veteran_cox_strata_celltype", "retention_cox_efron", "retention_cox_breslow", "retention_cox_cluster_site",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fit_matches_coxph(string fixture)
    {
        var json = LoadJson(fixture);
        var fit = FitFor(fixture);
        var maxRel = 0.0;
        void Vector(string field, IReadOnlyList<double?> actual, double rel = Rel)
        {
            var expected = Vec(json.GetProperty(field));
            NumericAssert.AllClose(expected, actual, rel, 1e-14, fixture + " " + field);
            maxRel = Math.Max(maxRel, MaxRel(expected, actual));
        }

        void Scalar(string what, double expected, double actual, double rel = Rel)
        {
            NumericAssert.Close(expected, actual, rel, 1e-14, fixture + " " + what);
            maxRel = Math.Max(maxRel, MaxRel([expected], [actual]));
        }

        Assert.Equal(json.GetProperty("n").GetInt32(), fit.N);
        Assert.Equal(json.GetProperty("nevent").GetInt32(), fit.Events);
        Assert.Equal(json.GetProperty("iter").GetInt32(), fit.Iterations);
        Assert.Equal(json.GetProperty("ties").GetString(), fit.Ties == TieMethod.Efron ? "efron" : "breslow");
        Assert.Equal(json.GetProperty("robust").GetBoolean(), fit.IsRobust);
        Assert.True(fit.Converged);
        Assert.Empty(fit.Diagnostics);
        var c = fit.Coefficients;
        Vector("coef", [.. c.Select(r => (double?)r.Coef)]);
        Vector("se", [.. c.Select(r => (double?)r.Se)]);
        if (fit.IsRobust)
        {
            Vector("robust_se", [.. c.Select(r => r.RobustSe)]);
        }
        else
        {
            Assert.All(c, r => Assert.Null(r.RobustSe));
        }

        Vector("hr", [.. c.Select(r => (double?)r.HazardRatio)]);
        Vector("hr_lower95", [.. c.Select(r => (double?)r.HrLower)]);
        Vector("hr_upper95", [.. c.Select(r => (double?)r.HrUpper)]);
        Vector("z", [.. c.Select(r => (double?)r.Z)]);
        Vector("p", [.. c.Select(r => (double?)r.P)], 1e-7);
        Scalar("loglik_null", Num(json, "loglik_null"), fit.LogLikNull, LogLikRel);
        Scalar("loglik", Num(json, "loglik"), fit.LogLik, LogLikRel);
        Test(json.GetProperty("lr_test"), fit.LikelihoodRatio, "lr_test");
        Test(json.GetProperty("wald_test"), fit.Wald, "wald_test");
        Test(json.GetProperty("score_test"), fit.Score, "score_test");
        if (fit.IsRobust)
        {
            Test(json.GetProperty("robust_score_test"), fit.RobustScore!, "robust_score_test");
        }
        else
        {
            Assert.Null(fit.RobustScore);
        }

        var cc = json.GetProperty("concordance");
        Scalar("concordance.C", Num(cc, "C"), fit.Concordance.Estimate);
        Scalar("concordance.se", Num(cc, "se"), fit.Concordance.Se);
        Scalar("concordant", Num(cc, "concordant"), fit.Concordance.Concordant, 0);
        Scalar("discordant", Num(cc, "discordant"), fit.Concordance.Discordant, 0);
        Scalar("tied.x", Num(cc, "tied.x"), fit.Concordance.TiedX, 0);
        Scalar("tied.y", Num(cc, "tied.y"), fit.Concordance.TiedY, 0);
        Scalar("tied.xy", Num(cc, "tied.xy"), fit.Concordance.TiedXY, 0);
        Vector("means", [.. fit.Means.Select(v => (double?)v)], 1e-13);
        Matrix("var", fit.Variance);
        if (fit.IsRobust)
        {
            Matrix("naive_var", fit.NaiveVariance!.Value);
        }

        output.WriteLine($"{fixture}: max relative error {maxRel:E2} over all compared values");

        void Test(JsonElement e, CoxTest t, string what)
        {
            Scalar(what + ".statistic", Num(e, "statistic"), t.ChiSquare);
            Assert.Equal((int)Num(e, "df"), t.Df);
            Scalar(what + ".p", Num(e, "p"), t.P, 1e-7);
        }

        void Matrix(string field, System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<double>> actual)
        {
            var m = Mat(json.GetProperty(field));
            for (var i = 0; i < m.Length; i++)
            {
                Vector2(m[i], [.. actual[i].Select(v => (double?)v)], $"{field}[{i}]");
            }
        }

        void Vector2(double?[] expected, IReadOnlyList<double?> actual, string what)
        {
            NumericAssert.AllClose(expected, actual, Rel, 1e-14, fixture + " " + what);
            maxRel = Math.Max(maxRel, MaxRel(expected, actual));
        }
    }

    internal static CoxResult FitFor(string fixture) => fixture switch
    {
        "lung_cox_efron" => Fit(Lung(), TieMethod.Efron),
        "lung_cox_breslow" => Fit(Lung(), TieMethod.Breslow),
        "veteran_cox_strata_celltype" => Fit(Veteran(), TieMethod.Efron),
        "retention_cox_efron" => FitRetention(TieMethod.Efron, false),
        "retention_cox_breslow" => FitRetention(TieMethod.Breslow, false),
        "retention_cox_cluster_site" => FitRetention(TieMethod.Efron, true),
        _ => throw new ArgumentOutOfRangeException(nameof(fixture)),
    };

    private static CoxResult Fit((OutcomesLab.Survival.SurvivalSample S, OutcomesLab.Design.DesignMatrix X) m, TieMethod ties) =>
        CoxRegression.Fit(m.S, m.X, new CoxOptions(Ties: ties));

    private static CoxResult FitRetention(TieMethod ties, bool cluster)
    {
        var (s, x, site) = Retention();
        return CoxRegression.Fit(s, x, new CoxOptions(Ties: ties, Cluster: cluster ? site : null));
    }

    internal static double MaxRel(IReadOnlyList<double?> expected, IReadOnlyList<double?> actual)
    {
        var m = 0.0;
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i] is double e && actual[i] is double a && e != 0)
            {
                m = Math.Max(m, Math.Abs(a - e) / Math.Abs(e));
            }
        }

        return m;
    }
}
