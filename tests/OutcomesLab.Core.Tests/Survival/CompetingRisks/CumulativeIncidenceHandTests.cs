using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.CompetingRisks.CompetingRisksFixtures;

namespace OutcomesLab.Core.Tests.Survival.CompetingRisks;

/// <summary>Oracles: hand derivations (tier 1), brute-force numerical influence functions and properties (tier 3), edge cases.</summary>
public sealed class CumulativeIncidenceHandTests
{
    // Five subjects: (time, cause) = (1,1) (2,1) (2,2) (3,0) (4,1).
    //   t  n  d1 d2  S(t-)  F1                 F2          S
    //   1  5  1  0   1      1/5 = .2           0           .8
    //   2  4  1  1   .8     .2+.8/4 = .4       .8/4 = .2   .4
    //   3  2  0  0   .4     .4 (censoring)     .2          .4
    //   4  1  1  0   .4     .4+.4/1 = .8       .2          0
    // cmprsk delta variance of F1 (cinc: a = S(t-)^2 d/n^2, g = 1/S(t), sums v1,v2,v3; var = v1+F^2 v3-2F v2):
    //   t=1: a=.04, g=1.25, 1+gF=1.25 -> v1=v2=v3=.0625; var = .0625(1 + .04 - .4) = .04
    //   t=2: other cause first: a=.04, g=2.5, F/S=1 -> v1=.1025 v2=.1625 v3=.3125;
    //        then the cause: 1+gF = 2 -> v1=.2625 v2=.3625 v3=.5625; var = .2625+.16*.5625-.8*.3625 = .0625
    //   t=4: S(t)=0 so g=0: a=.16 -> v1=.4225; var = .4225+.64*.5625-1.6*.3625 = .2025
    // cmprsk delta variance of F2: t=1 (other cause only) v3=.0625; t=2: other cause F/S=.5 -> v1=.01 v2=.05
    //   v3=.3125; cause 1+gF=1.5 -> v1=.1 v2=.2 v3=.5625; var = .1+.04*.5625-.4*.2 = .0425 (then carried).
    // survfit IJ variance of F1 (Q recursion, see CompetingRisksKernels): .032, .048, .048, .032; of F2: 0, .032, .032, .032.
    // IJ variance of S (= Greenwood x S^2): .032, .048, .048, 0.
    private static SurvivalSample Five() => SurvivalSample.CreateCompeting([1.0, 2, 2, 3, 4], [1, 1, 2, 0, 1]);

    [Fact]
    public void Five_subjects_by_hand()
    {
        var fit = CumulativeIncidence.Fit(Five());
        var f1 = fit.Curve(1).Points;
        var f2 = fit.Curve(2).Points;
        NumericAssert.AllClose([1.0, 2, 3, 4], f1.Select(p => p.Time).ToList(), 0, 0, "time");
        Assert.Equal([5, 4, 2, 1], f1.Select(p => p.NRisk));
        Assert.Equal([1, 1, 0, 1], f1.Select(p => p.NEvent));
        Assert.Equal([0, 1, 0, 0], f1.Select(p => p.NCompetingEvent));
        Assert.Equal([0, 0, 1, 0], f1.Select(p => p.NCensor));
        NumericAssert.AllClose([0.2, 0.4, 0.4, 0.8], f1.Select(p => p.Estimate).ToList(), 1e-14, 0, "F1");
        NumericAssert.AllClose([0.0, 0.2, 0.2, 0.2], f2.Select(p => p.Estimate).ToList(), 1e-14, 0, "F2");
        NumericAssert.AllClose([0.04, 0.0625, 0.0625, 0.2025], f1.Select(p => p.DeltaVariance).ToList(), 1e-13, 0, "cmprsk var F1");
        NumericAssert.AllClose([0.0, 0.0425, 0.0425, 0.0425], f2.Select(p => p.DeltaVariance).ToList(), 1e-13, 0, "cmprsk var F2");
        NumericAssert.AllClose([0.032, 0.048, 0.048, 0.032], f1.Select(p => p.JackknifeStdErr * p.JackknifeStdErr).ToList(), 1e-13, 0, "IJ var F1");
        NumericAssert.AllClose([0.0, 0.032, 0.032, 0.032], f2.Select(p => p.JackknifeStdErr * p.JackknifeStdErr).ToList(), 1e-13, 1e-17, "IJ var F2");
        var s = fit.EventFree[0].Points;
        NumericAssert.AllClose([0.8, 0.4, 0.4, 0.0], s.Select(p => p.Survival).ToList(), 1e-14, 0, "S");
        NumericAssert.AllClose([0.032, 0.048, 0.048, 0.0], s.Select(p => p.JackknifeStdErr * p.JackknifeStdErr).ToList(), 1e-13, 1e-17, "IJ var S");

        // cmprsk's step vectors: 0, then each cause-1 time twice, then the largest time.
        var steps = fit.Curve(1).Steps;
        NumericAssert.AllClose([0.0, 1, 1, 2, 2, 4, 4, 4], steps.Time, 0, 0, "steps time");
        NumericAssert.AllClose([0.0, 0, 0.2, 0.2, 0.4, 0.4, 0.8, 0.8], steps.Estimate, 1e-14, 0, "steps est");
        NumericAssert.AllClose([0.0, 1, 2, 4], steps.AtTimes().Time, 0, 0, "at_times time keeps the last of each distinct time");
    }

    [Fact]
    public void Confidence_limits_follow_survfit_confint()
    {
        var opts = new CumulativeIncidenceOptions(VarianceMethod: CifVarianceMethod.Delta);
        var p = CumulativeIncidence.Fit(Five(), opts).Curve(1).Points[0]; // F = .2, var = .04, se = .2
        var z = 1.959963984540054;
        NumericAssert.Close(0.2 * Math.Exp(-z), p.Lower, 1e-13, 0, "log lower");
        NumericAssert.Close(Math.Min(0.2 * Math.Exp(z), 1), p.Upper, 1e-13, 0, "log upper (capped at 1)");

        var plain = CumulativeIncidence.Fit(Five(), opts with { ConfidenceTransform = CifConfidenceTransform.Plain }).Curve(1).Points[0];
        NumericAssert.Close(0.0, plain.Lower, 0, 0, "plain lower clipped at 0");
        NumericAssert.Close(0.2 + (z * 0.2), plain.Upper, 1e-13, 0, "plain upper");

        var ll = CumulativeIncidence.Fit(Five(), opts with { ConfidenceTransform = CifConfidenceTransform.LogLog }).Curve(1).Points[0];
        var se2 = z * 1.0 / Math.Log(0.2); // se/p = 1
        NumericAssert.Close(Math.Exp(-Math.Exp(Math.Log(-Math.Log(0.2)) - se2)), ll.Lower, 1e-13, 0, "log-log lower");
        NumericAssert.Close(Math.Exp(-Math.Exp(Math.Log(-Math.Log(0.2)) + se2)), ll.Upper, 1e-13, 0, "log-log upper");

        var zero = CumulativeIncidence.Fit(Five()).Curve(2).Points[0];
        Assert.Null(zero.Lower);
        Assert.Null(zero.Upper);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cif_over_causes_plus_all_cause_km_is_one_at_every_time(bool retention)
    {
        var sample = retention ? Retention(byArm: true) : Mgus2(bySex: true);
        var fit = CumulativeIncidence.Fit(sample);
        foreach (var ef in fit.EventFree)
        {
            for (var j = 0; j < ef.Points.Length; j++)
            {
                var total = ef.Points[j].Survival;
                foreach (var cause in fit.Causes)
                {
                    total += fit.Curve(ef.Group, cause).Points[j].Estimate;
                }

                NumericAssert.Close(1.0, total, 1e-13, 0, $"group {ef.Group} row {j}");
            }

            // Monotone, within [0, 1].
            foreach (var cause in fit.Causes)
            {
                var pts = fit.Curve(ef.Group, cause).Points;
                for (var j = 1; j < pts.Length; j++)
                {
                    Assert.True(pts[j].Estimate >= pts[j - 1].Estimate && pts[j].Estimate <= 1);
                }
            }
        }
    }

    /// <summary>
    /// The IJ standard error is Σ_i (∂F/∂w_i)²; check the closed-form recursion against central finite
    /// differences of a brute-force weighted Aalen–Johansen estimator (an independent implementation).
    /// </summary>
    [Fact]
    public void Jackknife_variance_equals_numerical_influence_sum_of_squares()
    {
        var rng = new Random(20261127);
        var n = 40;
        var times = new double[n];
        var causes = new int[n];
        for (var i = 0; i < n; i++)
        {
            times[i] = rng.Next(1, 12); // many ties
            causes[i] = rng.Next(0, 3);
        }

        times[^1] = 12; // largest time is an event
        causes[^1] = 1;
        var fit = CumulativeIncidence.Fit(SurvivalSample.CreateCompeting(times, causes));
        var grid = fit.EventFree[0].Points.Select(p => p.Time).ToArray();
        var w = Enumerable.Repeat(1.0, n).ToArray();
        const double h = 1e-6;
        var sumSq = new double[3, grid.Length];
        for (var i = 0; i < n; i++)
        {
            w[i] = 1 + h;
            var up = BruteForceAj(times, causes, w, grid);
            w[i] = 1 - h;
            var down = BruteForceAj(times, causes, w, grid);
            w[i] = 1;
            for (var s = 0; s < 3; s++)
            {
                for (var j = 0; j < grid.Length; j++)
                {
                    var dd = (up[s, j] - down[s, j]) / (2 * h);
                    sumSq[s, j] += dd * dd;
                }
            }
        }

        for (var j = 0; j < grid.Length; j++)
        {
            NumericAssert.Close(Math.Sqrt(sumSq[0, j]), fit.EventFree[0].Points[j].JackknifeStdErr, 1e-6, 1e-9, $"S se row {j}");
            NumericAssert.Close(Math.Sqrt(sumSq[1, j]), fit.Curve(1).Points[j].JackknifeStdErr, 1e-6, 1e-9, $"F1 se row {j}");
            NumericAssert.Close(Math.Sqrt(sumSq[2, j]), fit.Curve(2).Points[j].JackknifeStdErr, 1e-6, 1e-9, $"F2 se row {j}");
        }
    }

    // Weighted AJ by definition: p(t) = p(t-) T(t), T = I + dA with dA_k = (weighted d_k)/(weighted n).
    private static double[,] BruteForceAj(double[] times, int[] causes, double[] w, double[] grid)
    {
        var res = new double[3, grid.Length];
        double s = 1, f1 = 0, f2 = 0;
        for (var j = 0; j < grid.Length; j++)
        {
            double nr = 0, d1 = 0, d2 = 0;
            for (var i = 0; i < times.Length; i++)
            {
                if (times[i] >= grid[j])
                {
                    nr += w[i];
                }

                if (times[i] == grid[j])
                {
                    d1 += causes[i] == 1 ? w[i] : 0;
                    d2 += causes[i] == 2 ? w[i] : 0;
                }
            }

            f1 += s * d1 / nr;
            f2 += s * d2 / nr;
            s *= 1 - ((d1 + d2) / nr);
            res[0, j] = s;
            res[1, j] = f1;
            res[2, j] = f2;
        }

        return res;
    }

    [Fact]
    public void Group_without_events_of_a_cause_has_a_zero_curve_and_a_diagnostic()
    {
        var sample = SurvivalSample.CreateCompeting([1.0, 2, 3, 4, 5, 6], [1, 2, 0, 1, 1, 0], groups: ["a", "a", "a", "b", "b", "b"]);
        var fit = CumulativeIncidence.Fit(sample);
        var b2 = fit.Curve("b", 2);
        Assert.All(b2.Points, p => Assert.Equal(0.0, p.Estimate));
        Assert.All(b2.Points, p => Assert.Equal(0.0, p.DeltaVariance));
        NumericAssert.AllClose([0.0, 6], b2.Steps.Time, 0, 0, "steps of a cause-free group: 0 and the largest time");
        Assert.Contains(fit.Diagnostics, d => d.Code == "no-events-of-cause" && d.Message.Contains("\"b\"", StringComparison.Ordinal));
        Assert.Equal(2, fit.GrayTests.Length);
    }

    [Fact]
    public void All_censored_gives_no_curves_and_survival_one()
    {
        var fit = CumulativeIncidence.Fit(SurvivalSample.CreateCompeting([1.0, 2, 3], [0, 0, 0], groups: ["a", "b", "a"]));
        Assert.Empty(fit.Causes);
        Assert.Empty(fit.Curves);
        Assert.Empty(fit.GrayTests);
        Assert.All(fit.EventFree.SelectMany(c => c.Points), p => Assert.Equal(1.0, p.Survival));
        Assert.Contains(fit.Diagnostics, d => d.Code == "no-events");
    }

    [Fact]
    public void Gray_test_needs_two_groups()
    {
        var one = SurvivalSample.CreateCompeting([1.0, 2, 3], [1, 2, 0]);
        var ex = Assert.Throws<ArgumentException>(() => GrayTest.Compute(one, 1));
        Assert.Contains("two non-empty groups", ex.Message, StringComparison.Ordinal);

        // A declared but empty level does not count as a group (cuminc drops it).
        var emptyLevel = SurvivalSample.CreateCompeting([1.0, 2, 3], [1, 2, 0], groups: ["a", "a", "a"], options: new SurvivalSampleOptions(GroupLevels: ["a", "b"]));
        Assert.Throws<ArgumentException>(() => GrayTest.Compute(emptyLevel, 1));
        var fit = CumulativeIncidence.Fit(emptyLevel);
        Assert.Equal(["a"], fit.Groups);
        Assert.Empty(fit.GrayTests);
        Assert.Contains(fit.Diagnostics, d => d.Code == "empty-group");

        Assert.Throws<ArgumentException>(() => GrayTest.Compute(Retention(byArm: true), 7));
    }

    [Fact]
    public void Weights_and_delayed_entry_are_rejected()
    {
        var weighted = SurvivalSample.CreateCompeting([1.0, 2], [1, 0], weights: [1.0, 2.0]);
        var ex = Assert.Throws<ArgumentException>(() => CumulativeIncidence.Fit(weighted));
        Assert.Contains("weights", ex.Message, StringComparison.Ordinal);
        var entry = SurvivalSample.CreateCompeting([1.0, 2], [1, 0], entryTimes: [0.0, 0.5]);
        Assert.Throws<ArgumentException>(() => CumulativeIncidence.Fit(entry));
        Assert.Throws<ArgumentException>(() => CumulativeIncidence.Fit(Five(), new CumulativeIncidenceOptions(ConfidenceLevel: 1.0)));
    }

    [Fact]
    public void Gray_test_is_invariant_to_group_order_and_a_single_stratum()
    {
        var d = ReadCsv("retention_synthetic.csv");
        var times = Doubles(d["time_days"]);
        var causes = Ints(d["event_type"]);
        var a = CumulativeIncidence.Fit(SurvivalSample.CreateCompeting(times, causes, groups: d["arm"]));
        var b = CumulativeIncidence.Fit(SurvivalSample.CreateCompeting(times, causes, groups: d["arm"],
            options: new SurvivalSampleOptions(GroupLevels: ["xr_naltrexone", "methadone", "buprenorphine"])));
        var c = CumulativeIncidence.Fit(SurvivalSample.CreateCompeting(times, causes, groups: d["arm"], strata: [.. d["arm"].Select(_ => "all")]));
        for (var i = 0; i < a.GrayTests.Length; i++)
        {
            NumericAssert.Close(a.GrayTests[i].Statistic, b.GrayTests[i].Statistic, 1e-10, 0, "relabelled groups");
            NumericAssert.Close(a.GrayTests[i].Statistic, c.GrayTests[i].Statistic, 0, 0, "one stratum = unstratified");
            Assert.True(c.GrayTests[i].Stratified);
        }
    }
}
