using OutcomesLab.EffectSizes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.EffectSizes;

/// <summary>Closed-form conversions checked by hand (and round trips).</summary>
public sealed class ConversionTests
{
    [Fact]
    public void D_and_log_odds_ratio_round_trip_with_pi_over_root3()
    {
        var c = EffectSizeConversion.DToLogOddsRatio(0.5, 0.1, 0.9);
        NumericAssert.Close(0.5 * Math.PI / Math.Sqrt(3), c.Estimate, rel: 1e-15); // 0.9068996821...
        NumericAssert.Close(0.9068996821171089, c.Estimate, rel: 1e-14);
        var back = EffectSizeConversion.LogOddsRatioToD(c.Estimate, c.Lower, c.Upper);
        NumericAssert.AllClose([0.5, 0.1, 0.9], [back.Estimate, back.Lower, back.Upper], rel: 1e-15);
        Assert.Contains("Hasselblad", back.Conversion, StringComparison.Ordinal);
        Assert.Contains("logistic", back.Assumption, StringComparison.Ordinal);
    }

    [Fact]
    public void D_and_r_with_equal_groups()
    {
        // equal n: a = 4, r = d/sqrt(d² + 4); d = 0.5 → r = 0.5/sqrt(4.25) = 0.24253562503633297
        var r = EffectSizeConversion.DToR(0.5, 50, 50);
        NumericAssert.Close(0.24253562503633297, r.Estimate, rel: 1e-14);
        NumericAssert.Close(0.5, EffectSizeConversion.RToD(r.Estimate, 50, 50).Estimate, rel: 1e-14);
        NumericAssert.Close(2 * 0.3 / Math.Sqrt(1 - 0.09), EffectSizeConversion.RToD(0.3, 10, 10).Estimate, rel: 1e-14);
    }

    [Fact]
    public void Odds_ratio_to_risk_ratio_at_baseline_risk()
    {
        // Zhang & Yu: OR = 2, p0 = 0.2 → RR = 2/(0.8 + 0.4) = 1.6666…
        var c = EffectSizeConversion.OddsRatioToRiskRatio(2, 0.2, 1.5, 3);
        NumericAssert.Close(2 / 1.2, c.Estimate, rel: 1e-15);
        NumericAssert.Close(1.5 / 1.1, c.Lower, rel: 1e-15);
        NumericAssert.Close(3 / 1.4, c.Upper, rel: 1e-15);
        Assert.Throws<ArgumentOutOfRangeException>(() => EffectSizeConversion.OddsRatioToRiskRatio(2, 1));
    }
}
