using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.ReferenceFixtures;

namespace OutcomesLab.Core.Tests.Survival;

/// <summary>Oracle: hand derivations (book cases), R's survfit_confint formulas and properties.</summary>
public sealed class KaplanMeierHandTests
{
    private static readonly double Z = 1.959963984540054; // qnorm(0.975)

    [Fact]
    public void Aml_maintained_first_steps_by_hand()
    {
        // aml, x = Maintained: 9, 13, 13+, 18, 23, 28+, 31, 34, 45+, 48, 161+ (n = 11).
        // t=9 : n=11, d=1          S = 10/11           Greenwood = 1/(11*10)            H = 1/11          var(H) = 1/121
        // t=13: n=10, d=1, c=1     S = 10/11*9/10=9/11 Greenwood = 1/110 + 1/(10*9)     H = 1/11 + 1/10   var(H) = 1/121 + 1/100
        // t=18: n=8 (13+ left), d=1 S = 9/11*7/8=63/88 Greenwood += 1/(8*7)            H += 1/8          var(H) += 1/64
        var c = KaplanMeier.Fit(Aml())["Maintained"];
        var r = c.Table;
        NumericAssert.AllClose([9.0, 13, 18], r.Take(3).Select(x => x.Time).ToList(), rel: 0, abs: 0);
        NumericAssert.AllClose([11.0, 10, 8], r.Take(3).Select(x => x.NRisk).ToList(), rel: 0, abs: 0);
        NumericAssert.AllClose([0.0, 1, 0], r.Take(3).Select(x => x.NCensor).ToList(), rel: 0, abs: 0);
        NumericAssert.AllClose([10.0 / 11, 9.0 / 11, 63.0 / 88], r.Take(3).Select(x => x.Surv).ToList(), rel: 1e-15);
        NumericAssert.AllClose(
            [Math.Sqrt(1.0 / 110), Math.Sqrt((1.0 / 110) + (1.0 / 90)), Math.Sqrt((1.0 / 110) + (1.0 / 90) + (1.0 / 56))],
            r.Take(3).Select(x => x.StdErr).ToList(),
            rel: 1e-14);
        NumericAssert.AllClose([1.0 / 11, (1.0 / 11) + 0.1, (1.0 / 11) + 0.1 + 0.125], r.Take(3).Select(x => x.CumHaz).ToList(), rel: 1e-15);
        NumericAssert.AllClose(
            [Math.Sqrt(1.0 / 121), Math.Sqrt((1.0 / 121) + 0.01), Math.Sqrt((1.0 / 121) + 0.01 + (1.0 / 64))],
            r.Take(3).Select(x => x.StdCumHaz).ToList(),
            rel: 1e-14);

        // log CI at t = 9: S·exp(∓z·se), upper capped at 1.
        NumericAssert.Close(10.0 / 11 * Math.Exp(-Z * Math.Sqrt(1.0 / 110)), r[0].Lower, rel: 1e-14);
        NumericAssert.Close(1.0, r[0].Upper, rel: 0, abs: 0);
    }

    [Theory]
    [InlineData(CiTransform.Logit)]
    [InlineData(CiTransform.Arcsin)]
    public void Logit_and_arcsin_CIs_follow_R_survfit_confint(CiTransform transform)
    {
        var fit = KaplanMeier.Fit(Aml(), new KaplanMeierOptions { CiTransform = transform });
        foreach (var curve in fit.Curves)
        {
            foreach (var row in curve.Table)
            {
                double? lo, hi;
                var s = row.Surv;
                var se = row.StdErr;
                if (s == 0)
                {
                    (lo, hi) = (null, null); // R: xx <- ifelse(p == 0, NA, p)
                }
                else if (transform == CiTransform.Logit)
                {
                    // R: se2 <- zval*se*(1 + xx/(1-xx)); 1 - 1/(1 + exp(log(p/(1-p)) -/+ se2))
                    var se2 = Z * se * (1 + (s / (1 - s)));
                    lo = 1 - (1 / (1 + Math.Exp(Math.Log(s / (1 - s)) - se2)));
                    hi = 1 - (1 / (1 + Math.Exp(Math.Log(s / (1 - s)) + se2)));
                }
                else
                {
                    // R: se2 <- .5*zval*se*sqrt(xx/(1-xx)); sin(pmax(0, asin(sqrt(xx)) - se2))^2, sin(pmin(pi/2, ... + se2))^2
                    var se2 = 0.5 * Z * se * Math.Sqrt(s / (1 - s));
                    lo = Math.Pow(Math.Sin(Math.Max(0, Math.Asin(Math.Sqrt(s)) - se2)), 2);
                    hi = Math.Pow(Math.Sin(Math.Min(Math.PI / 2, Math.Asin(Math.Sqrt(s)) + se2)), 2);
                }

                NumericAssert.Close(lo, row.Lower, rel: 1e-12, what: $"{transform} lower at {row.Time}");
                NumericAssert.Close(hi, row.Upper, rel: 1e-12, what: $"{transform} upper at {row.Time}");
                if (s is > 0 and < 1)
                {
                    Assert.InRange(row.Lower!.Value, 0, s);
                    Assert.InRange(row.Upper!.Value, s, 1);
                }
            }
        }
    }

    [Fact]
    public void Group_without_events_has_no_median_and_a_diagnostic()
    {
        var s = SurvivalSample.Create([1.0, 2, 3, 4, 5, 6], [true, true, true, false, false, false], ["a", "a", "a", "b", "b", "b"]);
        var fit = KaplanMeier.Fit(s);
        var b = fit["b"];
        Assert.Equal(0, b.Events);
        Assert.All(b.Table, r => Assert.Equal(1.0, r.Surv));
        Assert.Null(b.Median.Time);
        Assert.Null(b.Median.Lower);
        Assert.Contains(fit.Diagnostics, d => d.Code == "no-events" && d.Message.Contains("\"b\"", StringComparison.Ordinal));
        Assert.Contains(fit.Diagnostics, d => d.Code == "median-not-reached" && d.Message.Contains("\"b\"", StringComparison.Ordinal));
        Assert.DoesNotContain(fit.Diagnostics, d => d.Message.Contains("\"a\"", StringComparison.Ordinal));
    }

    [Fact]
    public void All_censored_curve_stays_at_one_and_RMST_is_tau()
    {
        var s = SurvivalSample.Create([2.0, 4, 6], [false, false, false]);
        var c = KaplanMeier.Fit(s, new KaplanMeierOptions { RmstTau = 5, CiTransform = CiTransform.LogLog }).Curves.Single();
        Assert.Equal(KaplanMeier.AllLabel, c.Group);
        Assert.All(c.Table, r => Assert.Equal(1.0, r.Surv));
        Assert.All(c.Table, r => Assert.Null(r.Lower)); // log-log is NA where S = 1
        NumericAssert.Close(5.0, c.Rmst.Estimate, rel: 0, abs: 0);
        NumericAssert.Close(0.0, c.Rmst.StandardError, rel: 0, abs: 0);
        Assert.All(c.Quantiles, q => Assert.Null(q.Time));
    }

    [Fact]
    public void Single_subject_with_an_event()
    {
        var c = KaplanMeier.Fit(SurvivalSample.Create([5.0], [true])).Curves.Single();
        var r = Assert.Single(c.Table);
        Assert.Equal(0.0, r.Surv);
        Assert.Equal(double.PositiveInfinity, r.StdErr);
        Assert.True(double.IsNaN(r.SeSurv));
        Assert.Null(r.Lower);
        Assert.Null(r.Upper);
        NumericAssert.Close(5.0, c.Median.Time, rel: 0, abs: 0);
        Assert.Null(c.Median.Lower); // the band is NA everywhere: R's approx() has < 2 points
        NumericAssert.Close(5.0, c.Rmst.Tau, rel: 0, abs: 0); // default tau = the only time
        NumericAssert.Close(5.0, c.Rmst.Estimate, rel: 0, abs: 0);
        NumericAssert.Close(0.0, c.Rmst.StandardError, rel: 0, abs: 0); // n = d term counts 0
    }

    [Fact]
    public void Ties_at_time_zero()
    {
        // 0, 0, 0+, 1, 2+ : t=0 n=5 d=2 c=1 → S=3/5; t=1 n=2 d=1 → S=3/10; t=2 n=1 c=1.
        var c = KaplanMeier.Fit(SurvivalSample.Create([0.0, 0, 0, 1, 2], [true, true, false, true, false])).Curves.Single();
        NumericAssert.AllClose([0.0, 1, 2], c.Table.Select(r => r.Time).ToList(), rel: 0, abs: 0);
        NumericAssert.AllClose([5.0, 2, 1], c.Table.Select(r => r.NRisk).ToList(), rel: 0, abs: 0);
        NumericAssert.AllClose([0.6, 0.3, 0.3], c.Table.Select(r => r.Surv).ToList(), rel: 1e-15);
        NumericAssert.Close(0.0, c.Quantiles[0].Time, rel: 0, abs: 0); // 25%: S(0) = 0.6 <= 0.75
        NumericAssert.Close(1.0, c.Median.Time, rel: 0, abs: 0);
    }

    [Fact]
    public void RMST_beyond_the_last_time_extends_the_last_value_as_R_survfit()
    {
        // aml Maintained ends at 161+ with S = 0.18409...; tau = 200 adds S_last * 39 to the area (survRM2 would stop).
        var at161 = KaplanMeier.Fit(Aml(), new KaplanMeierOptions { RmstTau = 161 })["Maintained"];
        var at200 = KaplanMeier.Fit(Aml(), new KaplanMeierOptions { RmstTau = 200 })["Maintained"];
        var sLast = at161.Table[^1].Surv;
        NumericAssert.Close(at161.Rmst.Estimate + (sLast * 39), at200.Rmst.Estimate, rel: 1e-13);
        Assert.True(at200.Rmst.StandardError > at161.Rmst.StandardError);
    }

    [Fact]
    public void Default_tau_is_survRM2s_min_over_groups_of_the_largest_time()
    {
        var fit = KaplanMeier.Fit(Aml());
        Assert.All(fit.Curves, c => Assert.Equal(45.0, c.Rmst.Tau)); // min(161, 45)
    }

    [Fact]
    public void RMST_difference_and_ratio_as_survRM2_rmst2()
    {
        var fit = KaplanMeier.Fit(Aml(), new KaplanMeierOptions { RmstTau = 40 });
        var cmp = fit.CompareRmst("Maintained", "Nonmaintained");
        // Fixture values (aml_km_by_x.json, rmst at tau 40): 28.89772727272727 (3.4675776788915997), 21.930555555555557 (3.8356411631845924).
        double r1 = 28.89772727272727, s1 = 3.4675776788915997, r0 = 21.930555555555557, s0 = 3.8356411631845924;
        var se = Math.Sqrt((s1 * s1) + (s0 * s0));
        NumericAssert.Close(r1 - r0, cmp.Difference, rel: 1e-12);
        NumericAssert.Close(se, cmp.DifferenceSe, rel: 1e-12);
        NumericAssert.Close(r1 - r0 - (Z * se), cmp.DifferenceLower, rel: 1e-12);
        NumericAssert.Close(2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs((r1 - r0) / se)), cmp.DifferenceP, rel: 1e-12);
        var seLog = Math.Sqrt((s1 * s1 / (r1 * r1)) + (s0 * s0 / (r0 * r0)));
        NumericAssert.Close(r1 / r0, cmp.Ratio, rel: 1e-12);
        NumericAssert.Close(r1 / r0 * Math.Exp(Z * seLog), cmp.RatioUpper, rel: 1e-12);
        NumericAssert.Close(2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs(Math.Log(r1 / r0) / seLog)), cmp.RatioP, rel: 1e-12);
    }

    [Fact]
    public void Delayed_entry_is_removed_from_the_risk_set_before_entry()
    {
        // (entry, exit, event): (0,2,1) (0,4,1) (3,5,1) (0,6,0)
        // t=2: at risk 3 (third enters at 3) → S = 2/3; t=4: subjects 2,3,4 → S = 4/9; t=5: 3,4 → S = 2/9; t=6: n=1.
        var s = SurvivalSample.Create([2.0, 4, 5, 6], [true, true, true, false], entryTimes: [0.0, 0, 3, 0]);
        var c = KaplanMeier.Fit(s).Curves.Single();
        NumericAssert.AllClose([3.0, 3, 2, 1], c.Table.Select(r => r.NRisk).ToList(), rel: 0, abs: 0);
        NumericAssert.AllClose([2.0 / 3, 4.0 / 9, 2.0 / 9, 2.0 / 9], c.Table.Select(r => r.Surv).ToList(), rel: 1e-15);
    }

    [Fact]
    public void Integer_case_weights_equal_replicated_rows()
    {
        var d = Csv("data/aml.csv");
        var t = ToDoubles(d["time"]);
        var ev = d["status"].Select(x => x == "1").ToArray();
        var w = t.Select((_, i) => (double)((i % 3) + 1)).ToArray();
        var weighted = KaplanMeier.Fit(SurvivalSample.Create(t, ev, d["x"], weights: w));
        var idx = Enumerable.Range(0, t.Length).SelectMany(i => Enumerable.Repeat(i, (int)w[i])).ToArray();
        var replicated = KaplanMeier.Fit(SurvivalSample.Create(idx.Select(i => t[i]).ToArray(), idx.Select(i => ev[i]).ToArray(), idx.Select(i => d["x"][i]).ToArray()));
        for (var g = 0; g < 2; g++)
        {
            var a = weighted.Curves[g].Table;
            var b = replicated.Curves[g].Table;
            NumericAssert.AllClose(b.Select(r => r.NRisk).ToList(), a.Select(r => r.NRisk).ToList(), rel: 0, abs: 0);
            NumericAssert.AllClose(b.Select(r => r.Surv).ToList(), a.Select(r => r.Surv).ToList(), rel: 1e-14);
            NumericAssert.AllClose(b.Select(r => r.StdErr).ToList(), a.Select(r => r.StdErr).ToList(), rel: 1e-14);
            NumericAssert.Close(replicated.Curves[g].Rmst.Estimate, weighted.Curves[g].Rmst.Estimate, rel: 1e-14);
        }
    }

    [Fact]
    public void Landmark_before_first_time_is_one_and_after_last_is_dropped()
    {
        var c = KaplanMeier.Fit(Aml(), new KaplanMeierOptions { LandmarkTimes = [1, 50, 1000] })["Nonmaintained"];
        Assert.Single(c.Landmarks);
        Assert.Equal(1.0, c.Landmarks[0].Surv);
        Assert.Equal(12.0, c.Landmarks[0].NRisk);
        Assert.DoesNotContain(c.Landmarks, l => l.Time == 50 || l.Time == 1000); // last time is 45
    }

    [Theory]
    [InlineData("lung")]
    [InlineData("retention")]
    [InlineData("veteran")]
    public void Survival_is_in_unit_interval_and_non_increasing(string data)
    {
        var s = data switch { "lung" => Lung(), "retention" => Retention(), _ => Veteran() };
        foreach (var c in KaplanMeier.Fit(s).Curves)
        {
            var prev = 1.0;
            foreach (var r in c.Table)
            {
                Assert.InRange(r.Surv, 0, 1);
                Assert.True(r.Surv <= prev);
                prev = r.Surv;
            }
        }
    }
}
