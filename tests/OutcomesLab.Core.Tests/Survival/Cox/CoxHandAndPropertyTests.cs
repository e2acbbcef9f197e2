using OutcomesLab.Design;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.Cox.CoxFixtures;

namespace OutcomesLab.Core.Tests.Survival.Cox;

/// <summary>
/// Oracles: tier 1 hand derivations (Therneau &amp; Grambsch 2000, appendix E.1 "test1", as encoded in
/// R survival's tests/book1.R byhand1()), tier 3 properties, literal values from Rscript (survival 3.5-3)
/// with the R call in a comment, separation and collinearity contract cases.
/// </summary>
public sealed class CoxHandAndPropertyTests
{
    // book1.R test1 without its NA row: (time, status, x) = (9,1,0) (1,1,1) (1,0,1) (6,1,1) (6,1,0) (8,0,0).
    private static (SurvivalSample S, DesignMatrix X) Book()
    {
        var s = SurvivalSample.Create([9.0, 1, 1, 6, 6, 8], [true, true, false, true, true, false]);
        var x = DesignMatrix.FromColumns(["x"], [[0.0, 1, 1, 1, 0, 0]]);
        return (s, x);
    }

    [Fact]
    public void Book_one_newton_step_is_8_over_5()
    {
        var (s, x) = Book();
        var fit = CoxRegression.Fit(s, x, new CoxOptions(Ties: TieMethod.Breslow, MaxIterations: 1));
        NumericAssert.Close(8.0 / 5.0, fit.Coefficients[0].Coef, 1e-15, 0, "beta after one step");
        Assert.Contains(fit.Diagnostics, d => d.Code == "not-converged");
    }

    [Fact]
    public void Book_converged_beta_loglik_variance_and_residuals_match_hand_derivation()
    {
        var (s, x) = Book();
        var fit = CoxRegression.Fit(s, x, new CoxOptions(Ties: TieMethod.Breslow));
        var beta = Math.Log(1.5 + (Math.Sqrt(33) / 2));
        NumericAssert.Close(beta, fit.Coefficients[0].Coef, 1e-10, 0, "beta");
        var r = Math.Exp(beta);
        NumericAssert.Close((2 * beta) - (Math.Log((3 * r) + 3) + (2 * Math.Log(r + 3))), fit.LogLik, 1e-13, 0, "loglik");
        NumericAssert.Close(-(Math.Log(6) + (2 * Math.Log(4))), fit.LogLikNull, 1e-14, 0, "loglik at 0");
        var imat = (r / ((r + 1) * (r + 1))) + (6 * r / ((r + 3) * (r + 3)));
        NumericAssert.Close(1 / imat, fit.Variance[0][0], 1e-10, 0, "var");

        // rows in time order 1,1,6,6,8,9 are input rows 1,2,3,4,5,0
        int[] rows = [1, 2, 3, 4, 5, 0];
        double[] haz = [1 / ((3 * r) + 3), 2 / (r + 3), 0, 1];
        int[] ties = [0, 0, 1, 1, 2, 3];
        double[] wt = [r, r, r, 1, 1, 1];
        double[] status = [1, 0, 1, 1, 0, 1];
        var cum = new double[4];
        for (var i = 0; i < 4; i++)
        {
            cum[i] = (i > 0 ? cum[i - 1] : 0) + haz[i];
        }

        var mart = CoxPredictions.Residuals(fit, CoxResidualType.Martingale);
        var score = CoxPredictions.Residuals(fit, CoxResidualType.Score);
        double a = 3 * (r + 1) * (r + 1), b = (r + 3) * (r + 3);
        double[] scoreHand = [((2 * r) + 3) / a, -r / a, (-r / a) + (3 * (3 - r) / b), (r / a) - (r * (r + 1) / b), (r / a) + (2 * r / b), (r / a) + (2 * r / b)];
        for (var i = 0; i < 6; i++)
        {
            NumericAssert.Close(status[i] - (wt[i] * cum[ties[i]]), mart.Values[rows[i]][0], 1e-10, 1e-14, $"martingale {i}");
            NumericAssert.Close(scoreHand[i], score.Values[rows[i]][0], 1e-10, 1e-14, $"score {i}");
        }

        var scho = CoxPredictions.Residuals(fit, CoxResidualType.Schoenfeld);
        NumericAssert.AllClose([1 / (r + 1), 1 - (r / (3 + r)), -(r / (3 + r)), 0], [.. scho.Values.Select(v => v[0])], 1e-10, 1e-14, "schoenfeld");
        NumericAssert.AllClose([1.0, 6, 6, 9], [.. scho.Time], 0, 0, "schoenfeld times");

        // survfit(fit, list(x = 0)): cumhaz and std.err^2 = varhaz.g + varhaz.d^2 / imat at all times 1, 6, 8, 9 (8: censoring only)
        var curve = CoxPredictions.PredictSurvival(fit, [0.0]).Single();
        NumericAssert.AllClose([1.0, 6, 8, 9], [.. curve.Time], 0, 0, "curve times");
        NumericAssert.AllClose([1.0, 0, 1, 0], [.. curve.NCensor], 0, 0, "n.censor");
        double[] xbar = [r / (r + 1), r / (r + 3), 0, 0];
        double g = 0, dd = 0;
        var expVar = new List<double>();
        var expH = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            g += haz[i] * haz[i] / (i == 1 ? 2 : 1); // 1/(3r+3)^2, 2/(r+3)^2, 0, 1
            dd += (0 - xbar[i]) * haz[i];
            expVar.Add(g + (dd * dd / imat));
            expH.Add(cum[i]);
        }

        NumericAssert.AllClose(expH, [.. curve.CumulativeHazard], 1e-10, 1e-14, "cumhaz");
        NumericAssert.AllClose(expVar, [.. curve.StdErr.Select(v => v * v)], 1e-10, 1e-14, "std.err^2");
    }

    [Fact]
    public void Book_at_beta_zero_matches_hand_values()
    {
        var (s, x) = Book();
        var fit = CoxRegression.Fit(s, x, new CoxOptions(Ties: TieMethod.Breslow, MaxIterations: 0));
        Assert.Equal(0, fit.Coefficients[0].Coef);
        var curve = CoxPredictions.PredictSurvival(fit, [0.0]).Single();
        // book1.R: sfit$std.err^2 == c(7/180, 2/9, 2/9, 11/9) at times 1, 6, 8, 9 (8 has no event)
        NumericAssert.AllClose([7.0 / 180, 2.0 / 9, 2.0 / 9, 11.0 / 9], [.. curve.StdErr.Select(v => v * v)], 1e-12, 1e-15, "std.err^2 at beta=0");
        var score = CoxPredictions.Residuals(fit, CoxResidualType.Score);
        // book1.R: resid(fit0, 'score') == c(5/24, NA, 5/12, -1/12, 7/24, -1/24, 5/24) (the NA row removed here)
        NumericAssert.AllClose([5.0 / 24, 5.0 / 12, -1.0 / 12, 7.0 / 24, -1.0 / 24, 5.0 / 24], [.. score.Values.Select(v => v[0])], 1e-12, 1e-15, "score residuals at 0");
    }

    [Fact]
    public void Lung_residuals_and_curves_match_R_literals()
    {
        var (s, x) = Lung();
        var fit = CoxRegression.Fit(s, x);
        // fit <- coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lung); residuals(fit, type)[1:3] / [1:2, ]
        var m = CoxPredictions.Residuals(fit, CoxResidualType.Martingale);
        NumericAssert.AllClose([0.0438187710826993, 0.0445889156279973, -2.2218789692895], [.. m.Values.Take(3).Select(v => v[0])], 1e-12, 1e-15, "martingale");
        var dev = CoxPredictions.Residuals(fit, CoxResidualType.Deviance);
        NumericAssert.AllClose([0.0444756746319018, 0.0452694301427068, -2.10802228132887], [.. dev.Values.Take(3).Select(v => v[0])], 1e-12, 1e-15, "deviance");
        AssertRows(CoxPredictions.Residuals(fit, CoxResidualType.Score), [0.342022702900374, 0.804796943462869, -0.0659532532258961, -0.0282012734533838, 0.058458022595879, -0.0479814618068021], "score");
        AssertRows(CoxPredictions.Residuals(fit, CoxResidualType.Schoenfeld), [0.850147027979816, 9.9093082369174, 0.731110089643279, -0.269167509140404, -1.20822216497751, 0.789964288336811], "schoenfeld");
        AssertRows(CoxPredictions.Residuals(fit, CoxResidualType.ScaledSchoenfeld), [0.0596552515373129, 0.126849087639737, 3.0058950037255, -1.90814291710008, -2.22926457186067, 1.8799535879674], "scaledsch");
        AssertRows(CoxPredictions.Residuals(fit, CoxResidualType.Dfbeta), [1.84408620127889e-05, 7.77392908745572e-05, -0.0019085834819836, -0.000745386428916814, 0.000753131570786723, -0.000739333627741872], "dfbeta");

        // sf <- survfit(fit); sf$time[c(1,50,100)] = 5, 183, 291; cumhaz, std.err, lower, upper at those times
        var c0 = CoxPredictions.PredictSurvival(fit).Single();
        AssertCurve(c0, [0.00396302246470663, 0.329519310437365, 0.602898295368102], [0.00396590362140021, 0.0418968872257357, 0.0645468530741473],
            [0.988332548092546, 0.662565604433714, 0.482194459807579], [1, 0.780826019400985, 0.621021989391526]);
        Assert.Equal(227, c0.NRisk[0]);

        // sf2 <- survfit(fit, newdata = data.frame(age = 60, sex = 2, ph.ecog = 1))
        var c1 = CoxPredictions.PredictSurvival(fit, [60.0, 2, 1]).Single();
        AssertCurve(c1, [0.00282571003194634, 0.234953505692991, 0.429877896639958], [0.00284965544534096, 0.041064357474171, 0.0684840255061634],
            [0.991624340853999, 0.729469174628391, 0.568869557312751], [1, 0.856870188377805, 0.744046554293472]);
    }

    [Fact]
    public void Separation_reports_diverging_term_instead_of_hanging()
    {
        // sep <- data.frame(time = 1:10, status = c(1,1,1,1,1,1,0,1,0,1), x = c(1,1,1,1,1,0,0,0,0,0))
        // coxph(Surv(time, status) ~ x, sep): warning "Loglik converged before variable 1; coefficient may be infinite", iter 20, coef 22.22905
        var s = SurvivalSample.Create([1.0, 2, 3, 4, 5, 6, 7, 8, 9, 10], [true, true, true, true, true, true, false, true, false, true]);
        var x = DesignMatrix.FromColumns(["x"], [[1.0, 1, 1, 1, 1, 0, 0, 0, 0, 0]]);
        var fit = CoxRegression.Fit(s, x);
        var diag = Assert.Single(fit.Diagnostics, d => d.Code == "monotone-likelihood");
        Assert.Contains("x", diag.Message, StringComparison.Ordinal);
        Assert.Equal(20, fit.Iterations);
        NumericAssert.Close(22.22905, fit.Coefficients[0].Coef, 1e-6, 0, "diverging coef as R");
    }

    [Fact]
    public void Separation_without_converging_names_the_diverging_term()
    {
        // d <- data.frame(t = 1:5, e = c(1,1,0,0,1), x = c(1,1,0,0,1)); coxph(Surv(t, e) ~ x, d)
        // R 4.2.2 / survival 3.5-3: warning "Ran out of iterations and did not converge", coef 21.04228 (no variable named).
        var s = SurvivalSample.Create([1.0, 2, 3, 4, 5], [true, true, false, false, true]);
        var x = DesignMatrix.FromColumns(["x"], [[1.0, 1, 0, 0, 1]]);
        var fit = CoxRegression.Fit(s, x);
        NumericAssert.Close(21.04228, fit.Coefficients[0].Coef, 1e-6, 0, "coef as R");
        Assert.Contains(fit.Diagnostics, d => d.Code == "not-converged");
        var diag = Assert.Single(fit.Diagnostics, d => d.Code == "monotone-likelihood");
        Assert.Contains("x", diag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collinear_covariate_is_aliased_and_the_rest_is_the_fit_without_it()
    {
        // R: coxph(Surv(time, status) ~ age + sex + age2) with age2 = 2 age + 1 gives age2 NA and the
        // coefficients of coxph(Surv(time, status) ~ age + sex).
        var (s, x) = Lung();
        var age = Enumerable.Range(0, x.RowCount).Select(i => x[i, 0]).ToArray();
        var sex = Enumerable.Range(0, x.RowCount).Select(i => x[i, 1]).ToArray();
        var fit = CoxRegression.Fit(s, DesignMatrix.FromColumns(["age", "sex", "age2"], [age, sex, [.. age.Select(a => (2 * a) + 1)]]));
        var reduced = CoxRegression.Fit(s, DesignMatrix.FromColumns(["age", "sex"], [age, sex]));
        Assert.True(fit.Coefficients[2].IsAliased);
        Assert.True(double.IsNaN(fit.Coefficients[2].Coef) && double.IsNaN(fit.Coefficients[2].Se) && double.IsNaN(fit.Coefficients[2].P));
        Assert.False(fit.Coefficients[0].IsAliased || fit.Coefficients[1].IsAliased);
        var diag = Assert.Single(fit.Diagnostics, d => d.Code == "aliased");
        Assert.Contains("age2", diag.Message, StringComparison.Ordinal);
        for (var j = 0; j < 2; j++)
        {
            NumericAssert.Close(reduced.Coefficients[j].Coef, fit.Coefficients[j].Coef, rel: 1e-10, what: "coef");
            NumericAssert.Close(reduced.Coefficients[j].Se, fit.Coefficients[j].Se, rel: 1e-10, what: "se");
        }

        Assert.Equal(2, fit.LikelihoodRatio.Df);
        NumericAssert.Close(reduced.LikelihoodRatio.ChiSquare, fit.LikelihoodRatio.ChiSquare, rel: 1e-10, what: "LR");
        NumericAssert.Close(reduced.Wald.ChiSquare, fit.Wald.ChiSquare, rel: 1e-10, what: "Wald");
        NumericAssert.Close(reduced.Score.ChiSquare, fit.Score.ChiSquare, rel: 1e-10, what: "score");
    }

    [Fact]
    public void Coefficients_are_invariant_to_shifting_a_covariate()
    {
        var (s, x) = Lung();
        var fit = CoxRegression.Fit(s, x);
        var cols = Enumerable.Range(0, 3).Select(j => Enumerable.Range(0, x.RowCount).Select(i => x[i, j] + (j == 0 ? 1000 : 0)).ToArray()).ToArray();
        var shifted = CoxRegression.Fit(s, DesignMatrix.FromColumns(["age", "sex", "ph.ecog"], cols));
        NumericAssert.AllClose([.. fit.Coefficients.Select(c => c.Coef)], [.. shifted.Coefficients.Select(c => c.Coef)], 1e-10, 0, "coef");
        NumericAssert.AllClose([.. fit.Coefficients.Select(c => c.Se)], [.. shifted.Coefficients.Select(c => c.Se)], 1e-10, 0, "se");
        NumericAssert.Close(fit.LogLik, shifted.LogLik, 1e-13, 0, "loglik");
        NumericAssert.Close(fit.Means[0] + 1000, shifted.Means[0], 1e-13, 0, "mean");
    }

    [Fact]
    public void Counting_process_split_gives_the_same_fit_as_unsplit()
    {
        // Splitting each subject's (0, t] at an arbitrary time into two intervals leaves the partial likelihood unchanged.
        var (s, x) = Lung();
        var fit = CoxRegression.Fit(s, x);
        var times = new List<double>();
        var entry = new List<double>();
        var ev = new List<bool>();
        var cols = new List<double>[3] { [], [], [] };
        for (var i = 0; i < s.Count; i++)
        {
            var t = s.Times[i];
            var cut = Math.Floor(t / 2);
            if (cut > 0)
            {
                times.Add(cut);
                entry.Add(0);
                ev.Add(false);
                for (var j = 0; j < 3; j++)
                {
                    cols[j].Add(x[i, j]);
                }
            }

            times.Add(t);
            entry.Add(cut);
            ev.Add(s.Status[i] == 1);
            for (var j = 0; j < 3; j++)
            {
                cols[j].Add(x[i, j]);
            }
        }

        var split = CoxRegression.Fit(SurvivalSample.Create(times, ev, entryTimes: entry), DesignMatrix.FromColumns(["age", "sex", "ph.ecog"], [.. cols.Select(c => c.ToArray())]));
        NumericAssert.AllClose([.. fit.Coefficients.Select(c => c.Coef)], [.. split.Coefficients.Select(c => c.Coef)], 1e-9, 0, "coef");
        NumericAssert.AllClose([.. fit.Coefficients.Select(c => c.Se)], [.. split.Coefficients.Select(c => c.Se)], 1e-9, 0, "se");
        NumericAssert.Close(fit.LogLik, split.LogLik, 1e-12, 0, "loglik");
    }

    private static void AssertRows(CoxResiduals r, double[] rColumnMajor2xP, string what)
    {
        var p = r.Columns.Length;
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < p; j++)
            {
                NumericAssert.Close(rColumnMajor2xP[(j * 2) + i], r.Values[i][j], 1e-10, 1e-15, $"{what}[{i},{j}]");
            }
        }
    }

    private static void AssertCurve(CoxSurvivalCurve c, double[] h, double[] se, double[] lo, double[] up)
    {
        double[] at = [5, 183, 291];
        for (var k = 0; k < 3; k++)
        {
            var i = c.Time.ToList().FindLastIndex(t => t <= at[k]);
            NumericAssert.Close(h[k], c.CumulativeHazard[i], 1e-11, 0, $"cumhaz at {at[k]}");
            NumericAssert.Close(se[k], c.StdErr[i], 1e-10, 0, $"std.err at {at[k]}");
            NumericAssert.Close(lo[k], c.Lower[i], 1e-10, 0, $"lower at {at[k]}");
            NumericAssert.Close(up[k], c.Upper[i], 1e-10, 0, $"upper at {at[k]}");
        }
    }
}
