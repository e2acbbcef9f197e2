using CsCheck;
using OutcomesLab.EffectSizes;
using OutcomesLab.Testing;
using OutcomesLab.Testing.Properties;
using Xunit;

namespace OutcomesLab.Core.Tests.Properties;

/// <summary>
/// Oracle: the definitions of the effect sizes (Cohen 1988; Hedges &amp; Olkin 1985; Rothman,
/// Modern Epidemiology, ch. 14): swapping treatment and control negates a mean difference in
/// SD units and inverts a ratio; symmetric confidence procedures map the interval accordingly.
/// </summary>
public sealed class EffectSizeProperties
{
    [Fact]
    public void Standardized_mean_differences_negate_when_arms_are_swapped()
    {
        var arm = Gen.Int[0, 60].Select(v => v / 3.0).Array[2, 15];
        var gen =
            from t in arm
            from c in arm
            from measure in Gen.OneOf(EffectMeasure.CohensD, EffectMeasure.HedgesG)
            select (t, c, measure);
        PropertySettings.Check(gen, x =>
        {
            var (t, c, measure) = x;
            if (t.Distinct().Count() < 2 && c.Distinct().Count() < 2)
            {
                return;
            }

            var forward = StandardizedMeanDifference.Compute(measure, t, c);
            var backward = StandardizedMeanDifference.Compute(measure, c, t);
            NumericAssert.Close(-forward.Estimate, backward.Estimate, rel: 1e-12, abs: 1e-14, what: $"{measure} estimate");
            NumericAssert.Close(-forward.Upper, backward.Lower, rel: 1e-9, abs: 1e-12, what: $"{measure} lower");
            NumericAssert.Close(-forward.Lower, backward.Upper, rel: 1e-9, abs: 1e-12, what: $"{measure} upper");
            NumericAssert.Close(forward.StandardError, backward.StandardError, rel: 1e-12, what: $"{measure} SE");
        });
    }

    [Fact]
    public void Odds_and_risk_ratios_invert_and_risk_difference_negates_when_arms_are_swapped()
    {
        var count = Gen.Int[0, 30];
        var gen =
            from a in count
            from b in count
            from c in count
            from d in count
            select (a, b, c, d);
        PropertySettings.Check(gen, x =>
        {
            var (a, b, c, d) = x;
            if (a + b == 0 || c + d == 0 || (a == 0 && c == 0) || (b == 0 && d == 0))
            {
                return;
            }

            var table = new TwoByTwoTable(a, b, c, d);
            var swapped = table.SwapArms();
            foreach (var (name, f) in new (string, Func<TwoByTwoTable, EffectSizeResult>)[] { ("OR", t => TwoByTwo.OddsRatio(t)), ("RR", t => TwoByTwo.RiskRatio(t)) })
            {
                var forward = f(table);
                var backward = f(swapped);
                NumericAssert.Close(1 / forward.Estimate, backward.Estimate, rel: 1e-12, what: $"{name} estimate");
                NumericAssert.Close(1 / forward.Upper, backward.Lower, rel: 1e-12, what: $"{name} lower");
                NumericAssert.Close(1 / forward.Lower, backward.Upper, rel: 1e-12, what: $"{name} upper");
            }

            var rd = TwoByTwo.RiskDifference(table);
            var rdSwapped = TwoByTwo.RiskDifference(swapped);
            NumericAssert.Close(-rd.Estimate, rdSwapped.Estimate, rel: 1e-12, abs: 1e-15, what: "RD estimate");
            NumericAssert.Close(-rd.Upper, rdSwapped.Lower, rel: 1e-12, abs: 1e-15, what: "RD lower");
            NumericAssert.Close(-rd.Lower, rdSwapped.Upper, rel: 1e-12, abs: 1e-15, what: "RD upper");
        });
    }
}
