using OutcomesLab.EffectSizes;
using OutcomesLab.Inference;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.ReferenceFixtures;

namespace OutcomesLab.Core.Tests.EffectSizes;

/// <summary>Oracle: R 4.2.2, effectsize 0.8.3 rank_biserial / cliffs_delta, t.test and wilcox.test (closed forms, 1e-10 relative).</summary>
public sealed class RankReferenceTests
{
    [Theory]
    [MemberData(nameof(SmdReferenceTests.IndependentFiles), MemberType = typeof(SmdReferenceTests))]
    public void Rank_effects_and_tests_match_R(string file)
    {
        var fx = Load($"effects/{file}.json");
        var (x, y) = SmdReferenceTests.Vectors(file, fx);
        Check(fx["rank_biserial"]!, RankEffectSizes.RankBiserial(x, y), "rank-biserial");
        Check(fx["cliffs_delta"]!, RankEffectSizes.CliffsDelta(x, y), "cliff");
        NumericAssert.Close(Num(fx["cliffs_delta"]!["by_definition"]), RankEffectSizes.CliffsDeltaByDefinition(x, y), what: "cliff by definition");

        var tp = TTest.Pooled(x, y);
        NumericAssert.Close(Num(fx["t_test_pooled"]!["t"]), tp.Statistic, what: "t pooled");
        NumericAssert.Close(Num(fx["t_test_pooled"]!["df"]), tp.DegreesOfFreedom, what: "df pooled");
        NumericAssert.Close(Num(fx["t_test_pooled"]!["p"]), tp.PValue, rel: 1e-9, what: "p pooled");
        var tw = TTest.Welch(x, y);
        NumericAssert.Close(Num(fx["t_test_welch"]!["t"]), tw.Statistic, what: "t welch");
        NumericAssert.Close(Num(fx["t_test_welch"]!["df"]), tw.DegreesOfFreedom, what: "df welch");
        NumericAssert.Close(Num(fx["t_test_welch"]!["p"]), tw.PValue, rel: 1e-9, what: "p welch");
        var w = WilcoxonRankSumTest.Compute(x, y);
        NumericAssert.Close(Num(fx["wilcoxon"]!["W"]), w.Statistic, what: "W");
        NumericAssert.Close(Num(fx["wilcoxon"]!["p_normal_cc"]), w.PValue, rel: 1e-9, what: "wilcoxon p");
    }

    [Theory]
    [MemberData(nameof(SmdReferenceTests.PairedCases), MemberType = typeof(SmdReferenceTests))]
    public void Paired_rank_biserial_matches_rank_biserial_on_differences(string file, string subset)
    {
        var (x, y, node) = SmdReferenceTests.PairedVectors(file, subset);
        var r = RankEffectSizes.PairedRankBiserial(x, y);
        NumericAssert.Close(Num(node["rank_biserial_paired"]!["estimate"]), r.Estimate, what: "estimate (two-vector call)");
        Check(node["rank_biserial_on_differences"]!, r, "paired rank-biserial");
        NumericAssert.Close(Num(node["descriptives"]!["n_nonzero_diff"]), r.NTreatment, what: "m");
        var t = TTest.Paired(x, y);
        NumericAssert.Close(Num(node["t_test_paired"]!["t"]), t.Statistic, what: "t paired");
        NumericAssert.Close(Num(node["t_test_paired"]!["p"]), t.PValue, rel: 1e-9, what: "p paired");
    }

    private static void Check(System.Text.Json.Nodes.JsonNode node, EffectSizeResult r, string what)
    {
        NumericAssert.Close(Num(node["estimate"]), r.Estimate, what: what + " estimate");
        NumericAssert.Close(Num(node["ci_low"]), r.Lower, what: what + " lower");
        NumericAssert.Close(Num(node["ci_high"]), r.Upper, what: what + " upper");
    }
}
