using System.Text.Json.Nodes;
using OutcomesLab.EffectSizes;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.ReferenceFixtures;

namespace OutcomesLab.Core.Tests.EffectSizes;

/// <summary>
/// Oracle: R 4.2.2 with metafor 3.8-1 <c>escalc</c>, <c>fisher.test</c>, <c>chisq.test</c>
/// (Fixtures/reference/effects/table2x2_*.json, qol_responder_by_arm_2x2.json). effectsize's RR CI
/// is NOT used (effectsize issue #584).
/// </summary>
public sealed class TwoByTwoReferenceTests
{
    public static TheoryData<string> Files => new() { "qol_responder_by_arm_2x2", "table2x2_hand", "table2x2_zero_cell", "table2x2_negative_rd" };

    private static TwoByTwoTable Table(JsonNode fx)
    {
        var t = fx["table"]!;
        return new TwoByTwoTable((int)Num(t["a"])!, (int)Num(t["b"])!, (int)Num(t["c"])!, (int)Num(t["d"])!);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Raw_and_metafor_escalc(string file)
    {
        var fx = Load($"effects/{file}.json");
        var table = Table(fx);
        var raw = fx["raw"]!;
        var noCorr = new TwoByTwoOptions { ContinuityCorrection = ContinuityCorrection.None, RiskDifferenceCi = RiskDifferenceCiMethod.Wald };
        NumericAssert.Close(Num(raw["odds_ratio"]), TwoByTwo.OddsRatio(table, noCorr).Estimate, what: "raw OR");
        NumericAssert.Close(Num(raw["risk_ratio"]), TwoByTwo.RiskRatio(table, noCorr).Estimate, what: "raw RR");
        var rd = TwoByTwo.RiskDifference(table, noCorr);
        NumericAssert.Close(Num(raw["risk_difference"]), rd.Estimate, what: "raw RD");
        NumericAssert.Close(Num(raw["nnt"]), TwoByTwo.Nnt(rd).Estimate, what: "raw NNT");

        var wald = new TwoByTwoOptions { RiskDifferenceCi = RiskDifferenceCiMethod.Wald };
        foreach (var (key, measure) in new[] { ("OR", EffectMeasure.OddsRatio), ("RR", EffectMeasure.RiskRatio), ("RD", EffectMeasure.RiskDifference) })
        {
            var e = fx["metafor_escalc"]![key]!;
            var (yi, vi) = TwoByTwo.LogScale(measure, table);
            NumericAssert.Close(Num(e["yi"]), yi, what: key + " yi");
            NumericAssert.Close(Num(e["vi"]), vi, what: key + " vi");
            var r = measure switch
            {
                EffectMeasure.OddsRatio => TwoByTwo.OddsRatio(table, wald),
                EffectMeasure.RiskRatio => TwoByTwo.RiskRatio(table, wald),
                _ => TwoByTwo.RiskDifference(table, wald),
            };
            NumericAssert.Close(Num(e["sei"]), r.StandardError, what: key + " se");
            if (measure == EffectMeasure.RiskDifference)
            {
                NumericAssert.Close(Num(e["ci_lb"]), r.Lower, what: key + " lower");
                NumericAssert.Close(Num(e["ci_ub"]), r.Upper, what: key + " upper");
            }
            else
            {
                NumericAssert.Close(Num(e["exp_yi"]), r.Estimate, what: key + " estimate");
                NumericAssert.Close(Num(e["exp_ci_lb"]), r.Lower, what: key + " lower");
                NumericAssert.Close(Num(e["exp_ci_ub"]), r.Upper, what: key + " upper");
            }

            if (fx["metafor_escalc"]![key + "_add0"] is { } e0)
            {
                var (y0, v0) = TwoByTwo.LogScale(measure, table, ContinuityCorrection.None);
                NumericAssert.Close(Num(e0["yi"]) ?? double.NaN, y0, what: key + "_add0 yi (null = NaN)");
                NumericAssert.Close(Num(e0["vi"]) ?? double.NaN, v0, what: key + "_add0 vi");
            }
        }

        // effectsize's OR (Wald on log OR) agrees with metafor except for the degenerate zero-cell table.
        if (!table.HasZeroCell)
        {
            var or = TwoByTwo.OddsRatio(table);
            NumericAssert.Close(Num(fx["effectsize_oddsratio"]!["ci_low"]), or.Lower, rel: 1e-12, what: "effectsize OR lower");
            NumericAssert.Close(Num(fx["effectsize_oddsratio"]!["ci_high"]), or.Upper, rel: 1e-12, what: "effectsize OR upper");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Fisher_and_chi_square(string file)
    {
        var fx = Load($"effects/{file}.json");
        var table = Table(fx);
        var res = TwoByTwo.Analyze(table);
        NumericAssert.Close(Num(fx["fisher"]!["p"]), res.Fisher.PValue, rel: 1e-10, what: "fisher p");
        NumericAssert.Close(Num(fx["fisher"]!["conditional_mle_or"]), res.Fisher.ConditionalMleOddsRatio, rel: 1e-9, what: "fisher MLE OR");
        var ci = Nums(fx["fisher"]!["or_ci"]);
        NumericAssert.Close(ci[0], res.Fisher.Lower, rel: 1e-9, what: "fisher lower");
        NumericAssert.Close(ci[1], res.Fisher.Upper, rel: 1e-9, what: "fisher upper");

        NumericAssert.Close(Num(fx["chisq_yates"]!["statistic"]), res.ChiSquareYates.Statistic, what: "X2 yates");
        NumericAssert.Close(Num(fx["chisq_yates"]!["p"]), res.ChiSquareYates.PValue, rel: 1e-10, what: "p yates");
        NumericAssert.Close(Num(fx["chisq_no_correction"]!["statistic"]), res.ChiSquare.Statistic, what: "X2");
        NumericAssert.Close(Num(fx["chisq_no_correction"]!["p"]), res.ChiSquare.PValue, rel: 1e-10, what: "p");
        var expected = fx["expected_counts"]!.AsArray();
        for (var i = 0; i < 2; i++)
        {
            NumericAssert.AllClose(Nums(expected[i]), res.ExpectedCounts[i].Select(v => (double?)v).ToList(), what: "expected row " + i);
        }

        var small = Num(fx["min_expected"]) < 5;
        Assert.Equal(small, res.Diagnostics.Any(d => d.Code == "small-expected-count"));
    }
}
