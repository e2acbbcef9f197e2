using OutcomesLab.Inference;
using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.ReferenceFixtures;

namespace OutcomesLab.Core.Tests.Survival;

/// <summary>Oracle: hand derivations of the weighted statistics, and invariance properties.</summary>
public sealed class LogRankHandTests
{
    // A: 1, 3 (events); B: 2 (event), 4+ (censored).
    // t=1: n=4 (2 A, 2 B), d=1 in A; t=2: n=3 (1 A, 2 B), d=1 in B; t=3: n=2 (1, 1), d=1 in A.
    // Per time: O_A − E_A = 1/2, −1/3, 1/2; hypergeometric V = 1/4, 2/9, 1/4; pooled KM S(t−) = 1, 3/4, 1/2.
    private static SurvivalSample Tiny() => SurvivalSample.Create([1.0, 3, 2, 4], [true, true, true, false], ["A", "A", "B", "B"]);

    public static TheoryData<LogRankWeighting, double, double, double, double> Weighted() => new()
    {
        // weighting, rho|p, q, O−E for A, V
        { LogRankWeighting.LogRank, 0, 0, 0.5 - (1.0 / 3) + 0.5, 0.25 + (2.0 / 9) + 0.25 },
        { LogRankWeighting.GehanBreslow, 0, 0, (4 * 0.5) - (3.0 / 3) + (2 * 0.5), (16 * 0.25) + (9 * 2.0 / 9) + (4 * 0.25) },
        { LogRankWeighting.TaroneWare, 0, 0, (2 * 0.5) - (Math.Sqrt(3) / 3) + (Math.Sqrt(2) * 0.5), (4 * 0.25) + (3 * 2.0 / 9) + (2 * 0.25) },
        { LogRankWeighting.GRho, 1, 0, 0.5 - (0.75 / 3) + (0.5 * 0.5), 0.25 + (0.5625 * 2 / 9) + (0.25 * 0.25) },
        { LogRankWeighting.FlemingHarrington, 1, 0, 0.5 - (0.75 / 3) + (0.5 * 0.5), 0.25 + (0.5625 * 2 / 9) + (0.25 * 0.25) },
        { LogRankWeighting.FlemingHarrington, 0, 1, 0 - (0.25 / 3) + (0.5 * 0.5), (0.0625 * 2 / 9) + (0.25 * 0.25) },
    };

    [Theory]
    [MemberData(nameof(Weighted))]
    public void Weighted_statistics_by_hand(LogRankWeighting weighting, double pOrRho, double q, double oMinusE, double v)
    {
        var r = LogRankTest.Compute(Tiny(), new LogRankOptions { Weighting = weighting, Rho = pOrRho, P = pOrRho, Q = q });
        NumericAssert.Close(oMinusE, r.ObservedMinusExpected[0], rel: 1e-14, what: "O-E");
        NumericAssert.Close(-oMinusE, r.ObservedMinusExpected[1], rel: 1e-14, what: "O-E B");
        NumericAssert.Close(v, r.Variance[0][0], rel: 1e-14, what: "V");
        NumericAssert.Close(oMinusE * oMinusE / v, r.ChiSquare, rel: 1e-13, what: "chisq");
        Assert.Equal(1, r.DegreesOfFreedom);
    }

    [Fact]
    public void Chisq_is_invariant_to_relabelling_groups()
    {
        var d = Csv("data/retention_synthetic.csv");
        var t = ToDoubles(d["time_days"]);
        var ev = d["event"].Select(x => x == "1").ToArray();
        var a = LogRankTest.Compute(Retention());
        var b = LogRankTest.Compute(SurvivalSample.Create(t, ev, d["arm"], options: new SurvivalSampleOptions(GroupLevels: ["xr_naltrexone", "methadone", "buprenorphine"])));
        var renamed = d["arm"].Select(x => x switch { "methadone" => "z", "buprenorphine" => "y", _ => "x" }).ToArray();
        var c = LogRankTest.Compute(SurvivalSample.Create(t, ev, renamed));
        NumericAssert.Close(a.ChiSquare, b.ChiSquare, rel: 1e-10);
        NumericAssert.Close(a.ChiSquare, c.ChiSquare, rel: 1e-10);
        Assert.Equal(a.DegreesOfFreedom, c.DegreesOfFreedom);
        NumericAssert.AllClose(a.Pairwise.Select(x => x.ChiSquare).Order().ToList(), b.Pairwise.Select(x => x.ChiSquare).Order().ToList(), rel: 1e-10);
    }

    [Fact]
    public void Pairwise_tests_equal_the_test_on_the_two_group_subset_and_are_Holm_adjusted()
    {
        var s = Retention();
        var r = LogRankTest.Compute(s);
        Assert.Equal(3, r.Pairwise.Length);
        foreach (var pair in r.Pairwise)
        {
            var keep = s.Groups!.Codes.Select(c => s.Groups.Levels[c] == pair.Group1 || s.Groups.Levels[c] == pair.Group2).ToArray();
            var sub = LogRankTest.Compute(s.Subset(keep));
            NumericAssert.Close(sub.ChiSquare, pair.ChiSquare, rel: 1e-12);
            NumericAssert.Close(sub.PValue, pair.PValue, rel: 1e-12);
        }

        var adjusted = PValueAdjustment.Adjust(r.Pairwise.Select(x => x.PValue).ToArray(), PAdjustMethod.Holm);
        NumericAssert.AllClose(adjusted, r.Pairwise.Select(x => x.AdjustedPValue).ToList(), rel: 0, abs: 0);
        var bh = LogRankTest.Compute(s, new LogRankOptions { PairwiseAdjustment = PAdjustMethod.BenjaminiHochberg });
        NumericAssert.AllClose(PValueAdjustment.Adjust(r.Pairwise.Select(x => x.PValue).ToArray(), PAdjustMethod.BenjaminiHochberg), bh.Pairwise.Select(x => x.AdjustedPValue).ToList(), rel: 0, abs: 0);
    }

    [Fact]
    public void Trend_test_is_invariant_to_shifting_and_scaling_scores()
    {
        var s = Retention();
        var a = LogRankTest.Compute(s).Trend!;
        var b = LogRankTest.Compute(s, new LogRankOptions { TrendScores = [10, 20, 30] }).Trend!;
        NumericAssert.Close(a.ChiSquare, b.ChiSquare, rel: 1e-10);
        Assert.Equal([1.0, 2, 3], a.Scores);
        var r = LogRankTest.Compute(s);
        var w = new[] { 1.0, 2, 3 };
        var stat = Enumerable.Range(0, 3).Sum(j => w[j] * r.ObservedMinusExpected[j]);
        NumericAssert.Close(stat, a.Statistic, rel: 1e-12);
    }

    [Fact]
    public void Delayed_entry_at_zero_equals_no_delayed_entry()
    {
        var d = Csv("data/veteran.csv");
        var t = ToDoubles(d["time"]);
        var ev = d["status"].Select(x => x == "1").ToArray();
        var plain = LogRankTest.Compute(SurvivalSample.Create(t, ev, d["trt"], d["celltype"]));
        var entered = LogRankTest.Compute(SurvivalSample.Create(t, ev, d["trt"], d["celltype"], entryTimes: t.Select(_ => 0.0).ToArray()));
        NumericAssert.Close(plain.ChiSquare, entered.ChiSquare, rel: 1e-12);
        NumericAssert.AllClose(plain.Expected.ToList(), entered.Expected.ToList(), rel: 1e-12);
    }

    [Fact]
    public void Integer_frequency_weights_equal_replicated_rows()
    {
        var d = Csv("data/aml.csv");
        var t = ToDoubles(d["time"]);
        var ev = d["status"].Select(x => x == "1").ToArray();
        var w = t.Select((_, i) => (double)((i % 2) + 1)).ToArray();
        var idx = Enumerable.Range(0, t.Length).SelectMany(i => Enumerable.Repeat(i, (int)w[i])).ToArray();
        var weighted = LogRankTest.Compute(SurvivalSample.Create(t, ev, d["x"], weights: w));
        var replicated = LogRankTest.Compute(SurvivalSample.Create(idx.Select(i => t[i]).ToArray(), idx.Select(i => ev[i]).ToArray(), idx.Select(i => d["x"][i]).ToArray()));
        NumericAssert.Close(replicated.ChiSquare, weighted.ChiSquare, rel: 1e-12);
    }

    [Fact]
    public void One_group_with_events_gives_no_test_and_a_diagnostic()
    {
        var s = SurvivalSample.Create([1.0, 2, 3, 4], [true, true, false, false], ["a", "a", "b", "b"]);
        var r = LogRankTest.Compute(s);
        // Group b has no events but is at risk at t = 1, 2: its expected count is > 0, so the test exists.
        Assert.Equal(1, r.DegreesOfFreedom);
        var s2 = SurvivalSample.Create([1.0, 2, 3, 4], [true, true, false, false], ["a", "a", "a", "a"]);
        var r2 = LogRankTest.Compute(s2);
        Assert.Equal(0, r2.DegreesOfFreedom);
        Assert.Equal(1.0, r2.PValue);
        Assert.Contains(r2.Diagnostics, x => x.Code == "no-test");
    }
}
