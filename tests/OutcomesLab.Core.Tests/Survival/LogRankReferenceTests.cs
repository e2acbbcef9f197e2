using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.ReferenceFixtures;

namespace OutcomesLab.Core.Tests.Survival;

/// <summary>Oracle: R survival 3.5-3 survdiff fixtures (Fixtures/reference/survival/*logrank*, *petopeto*).</summary>
public sealed class LogRankReferenceTests
{
    public static TheoryData<string> Files() => ["lung_logrank_by_sex", "veteran_logrank_by_trt", "retention_logrank_by_arm", "veteran_logrank_by_trt_strat_celltype", "lung_petopeto_by_sex"];

    private static (SurvivalSample Sample, LogRankOptions Options) Setup(string file) => file switch
    {
        "lung_logrank_by_sex" => (Lung(), LogRankOptions.Default),
        "veteran_logrank_by_trt" => (Veteran(), LogRankOptions.Default),
        "retention_logrank_by_arm" => (Retention(), LogRankOptions.Default),
        "veteran_logrank_by_trt_strat_celltype" => (Veteran(strata: true), LogRankOptions.Default),
        "lung_petopeto_by_sex" => (Lung(), new LogRankOptions { Weighting = LogRankWeighting.GRho, Rho = 1 }),
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Reproduces_R_survdiff(string file)
    {
        var fx = Load($"survival/{file}.json");
        var (sample, options) = Setup(file);
        var r = LogRankTest.Compute(sample, options);

        Assert.Equal(Strings(fx["groups"]).Select(GroupOf), r.Groups);
        Exact(Nums(fx["n"]), r.N.Select(v => (double?)v).ToList(), "n");
        Close(Nums(fx["obs"]), r.Observed.Select(v => (double?)v).ToList(), "obs");
        Close(Nums(fx["exp"]), r.Expected.Select(v => (double?)v).ToList(), "exp");
        Close(Nums(fx["o_minus_e"]), r.ObservedMinusExpected.Select(v => (double?)v).ToList(), "o_minus_e");
        var rows = fx["var"]!.AsArray();
        for (var j = 0; j < rows.Count; j++)
        {
            Close(Nums(rows[j]), r.Variance[j].Select(v => (double?)v).ToList(), $"var[{j}]");
        }

        Close([Num(fx["chisq"]), Num(fx["p"])], [r.ChiSquare, r.PValue], "chisq, p");
        Assert.Equal((int)Num(fx["df"])!.Value, r.DegreesOfFreedom);

        if (fx["strata"] is { } strata)
        {
            Assert.Equal(Strings(strata), r.Strata);
            Exact(Nums(fx["strata_n"]), r.StrataN.Select(v => (double?)v).ToList(), "strata_n");
            var ob = fx["obs_by_stratum"]!.AsArray();
            var eb = fx["exp_by_stratum"]!.AsArray();
            for (var g = 0; g < ob.Count; g++)
            {
                Close(Nums(ob[g]), r.ObservedByStratum[g].Select(v => (double?)v).ToList(), $"obs_by_stratum[{g}]");
                Close(Nums(eb[g]), r.ExpectedByStratum[g].Select(v => (double?)v).ToList(), $"exp_by_stratum[{g}]");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"max relative error so far: {MaxRelativeError:R}");
    }

    [Fact]
    public void Two_group_trend_test_equals_the_overall_test()
    {
        // With k = 2 the trend statistic w'(O-E) = (w2-w1)(O2-E2) and its variance give the same chi-square.
        var r = LogRankTest.Compute(Lung());
        NumericAssert.Close(r.ChiSquare, r.Trend!.ChiSquare, rel: 1e-10, what: "trend chisq");
        Assert.Single(r.Pairwise);
        NumericAssert.Close(r.PValue, r.Pairwise[0].PValue, rel: 0, abs: 0, what: "pairwise p");
    }
}
