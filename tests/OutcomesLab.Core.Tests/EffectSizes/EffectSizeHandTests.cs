using OutcomesLab.EffectSizes;
using OutcomesLab.Internal;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.EffectSizes;

/// <summary>Hand-checkable cases and literals computed in R 4.2.2 (the R call is in each comment).</summary>
public sealed class EffectSizeHandTests
{
    private static readonly double[] X = [4, 6, 7, 9, 12];
    private static readonly double[] Y = [2, 3, 5, 5, 8, 9];

    [Fact]
    public void Noncentral_t_cdf_matches_R_pt()
    {
        // R: sprintf("%.17g", c(pt(1.3, 9, 0.8), pt(-2.5, 20, -1.7), pt(5, 206, 4.2), pt(0.3, 3.5, 2), pt(-1, 8.2, 3)))
        NumericAssert.Close(0.67141421873112439, NoncentralT.Cdf(1.3, 9, 0.8), rel: 1e-12);
        NumericAssert.Close(0.23727857915428596, NoncentralT.Cdf(-2.5, 20, -1.7), rel: 1e-12);
        NumericAssert.Close(0.77960878219128538, NoncentralT.Cdf(5, 206, 4.2), rel: 1e-12);
        NumericAssert.Close(0.043618531786324598, NoncentralT.Cdf(0.3, 3.5, 2), rel: 1e-11);

        // R's pnt stops at an absolute error bound of 1e-12, so in the far lower tail R is off:
        // pt(-1, 8.2, 3) = 5.534651053329398e-05 in R, but 40-digit quadrature of E_V[Φ(t·sqrt(V/df) − δ)], V ~ χ²(df)
        // (Python mpmath, mp.dps = 40) gives 5.53465102842489701e-05 (and 0.0436185317863343450 for the case above).
        NumericAssert.Close(5.534651053329398e-05, NoncentralT.Cdf(-1, 8.2, 3), rel: 1e-8);
        NumericAssert.Close(5.53465102842489701e-05, NoncentralT.Cdf(-1, 8.2, 3), rel: 1e-12);
        NumericAssert.Close(0.0436185317863343450, NoncentralT.Cdf(0.3, 3.5, 2), rel: 1e-13);
    }

    [Theory]
    [InlineData(50.0, 2998, 48.0, 0.95325930792795621703)]
    [InlineData(50.0, 2998, 52.5, 0.01775177481365793037)]
    [InlineData(45.0, 100, 44.0, 0.60128571764706633843)]
    [InlineData(40.0, 20, 38.0, 0.58334154380164795743)]
    [InlineData(60.0, 500, 61.0, 0.31451155375513542714)]
    [InlineData(-50.0, 2998, -48.0, 1 - 0.95325930792795621703)]
    public void Noncentral_t_cdf_stays_accurate_beyond_Rs_ncp_limit(double t, double df, double ncp, double expected)
    {
        // |ncp| > 37.62, where R's pt switches to a normal approximation. Oracle: 40-digit quadrature of
        // E_V[Φ(t·sqrt(V/df) − δ)], V ~ χ²(df), in Python mpmath 1.3 (mp.dps = 40, mp.quad split at
        // df ± 2k·sqrt(2 df)); the last case uses P(T ≤ −t; −δ) = 1 − P(T ≤ t; δ).
        NumericAssert.Close(expected, NoncentralT.Cdf(t, df, ncp), rel: 1e-11);
    }

    [Fact]
    public void Cohens_d_CI_for_a_large_effect_in_a_large_sample_is_finite_and_tight()
    {
        // d ≈ 2.2 with n = 1500 per arm gives t ≈ 60: far beyond the old series' reach. The CI must
        // bracket d with half-width near 1.96·sqrt(1/n1 + 1/n2 + d²/(2(n1 + n2))) (Hedges & Olkin 1985).
        var rng = new Random(1);
        double Normal(double mean) => mean + (Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble()));
        var x = Enumerable.Range(0, 1500).Select(_ => Normal(2.2)).ToArray();
        var y = Enumerable.Range(0, 1500).Select(_ => Normal(0)).ToArray();
        var r = StandardizedMeanDifference.CohensD(x, y);
        var approx = 1.959964 * Math.Sqrt((2.0 / 1500) + (r.Estimate * r.Estimate / 6000));
        Assert.True(double.IsFinite(r.Lower) && double.IsFinite(r.Upper));
        NumericAssert.Close(r.Estimate - approx, r.Lower, rel: 0.01);
        NumericAssert.Close(r.Estimate + approx, r.Upper, rel: 0.01);
    }

    [Fact]
    public void Unpooled_d_exact_interval()
    {
        // R: se <- sqrt(var(x)/5 + var(y)/6); df <- Welch; ncp_ci_exact(diff/se, df) * se / sqrt((var(x)+var(y))/2)  (uniroot tol 1e-14, as make_reference.R)
        var r = StandardizedMeanDifference.Compute(EffectMeasure.CohensDUnpooled, X, Y);
        NumericAssert.Close(-0.48801477286565331, r.Lower, rel: 1e-8);
        NumericAssert.Close(2.011098980133895, r.Upper, rel: 1e-8);
    }

    [Fact]
    public void Newcombe_method_10_example()
    {
        // Newcombe (1998) Table II example (a): 56/70 − 48/80, method 10: 0.0524 to 0.3339.
        // R (formula): p1-p2 ∓ sqrt(...) with Wilson limits from prop.test(correct = FALSE) = 0.052431472402364981, 0.33387265403690591
        var r = TwoByTwo.RiskDifference(new TwoByTwoTable(56, 14, 48, 32));
        NumericAssert.Close(0.2, r.Estimate, rel: 1e-14);
        NumericAssert.Close(0.052431472402364981, r.Lower, rel: 1e-12);
        NumericAssert.Close(0.33387265403690591, r.Upper, rel: 1e-12);
        var (lo, hi) = TwoByTwo.Wilson(56, 70, 1.959963984540054);
        NumericAssert.Close(0.69183355503746946, lo, rel: 1e-12); // R: prop.test(56, 70, correct = FALSE)$conf.int
        NumericAssert.Close(0.87695260751637039, hi, rel: 1e-12);
    }

    [Fact]
    public void Nnt_benefit_interval_excluding_zero()
    {
        var o = new TwoByTwoOptions { RiskDifferenceCi = RiskDifferenceCiMethod.Wald };
        var rd = TwoByTwo.RiskDifference(new TwoByTwoTable(15, 5, 8, 12), o);
        var nnt = TwoByTwo.Nnt(rd, o);
        Assert.False(nnt.CrossesInfinity);
        Assert.True(nnt.IsBenefit);
        NumericAssert.Close(1 / 0.35, nnt.Estimate);
        NumericAssert.Close(1 / rd.Upper, nnt.Lower);
        NumericAssert.Close(1 / rd.Lower, nnt.Upper);
        NumericAssert.Close(1 / rd.Upper, nnt.BenefitLimit);
        Assert.True(double.IsNaN(nnt.HarmLimit));
    }

    [Fact]
    public void Nnt_two_part_interval_when_rd_interval_crosses_zero()
    {
        var o = new TwoByTwoOptions { RiskDifferenceCi = RiskDifferenceCiMethod.Wald };
        var rd = TwoByTwo.RiskDifference(new TwoByTwoTable(10, 10, 8, 12), o);
        Assert.True(rd.Lower < 0 && rd.Upper > 0);
        var nnt = TwoByTwo.Nnt(rd, o);
        Assert.True(nnt.CrossesInfinity);
        NumericAssert.Close(10, nnt.Estimate, rel: 1e-12);
        NumericAssert.Close(1 / rd.Lower, nnt.Lower);
        NumericAssert.Close(1 / rd.Upper, nnt.Upper);
        NumericAssert.Close(-1 / rd.Lower, nnt.HarmLimit);
        NumericAssert.Close(1 / rd.Upper, nnt.BenefitLimit);
        Assert.Contains("to ∞ to", nnt.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Nnt_for_harmful_event_with_negative_rd_is_a_benefit()
    {
        var o = new TwoByTwoOptions { RiskDifferenceCi = RiskDifferenceCiMethod.Wald, EventIsBeneficial = false };
        var rd = TwoByTwo.RiskDifference(new TwoByTwoTable(30, 70, 45, 55), o);
        var nnt = TwoByTwo.Nnt(rd, o);
        Assert.True(nnt.IsBenefit);
        NumericAssert.Close(-1 / 0.15, nnt.Estimate, rel: 1e-12);
        NumericAssert.Close(-1 / rd.Lower, nnt.BenefitLimit);
        Assert.StartsWith("NNTB 6.7", nnt.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapping_arms_negates_differences_and_inverts_ratios()
    {
        foreach (var m in new[] { EffectMeasure.CohensD, EffectMeasure.HedgesG, EffectMeasure.CohensDUnpooled, EffectMeasure.MeanDifference })
        {
            var a = StandardizedMeanDifference.Compute(m, X, Y);
            var b = StandardizedMeanDifference.Compute(m, Y, X);
            NumericAssert.Close(-a.Estimate, b.Estimate, rel: 1e-13, what: m + " estimate");
            NumericAssert.Close(-a.Upper, b.Lower, rel: 1e-9, what: m + " lower");
            NumericAssert.Close(-a.Lower, b.Upper, rel: 1e-9, what: m + " upper");
        }

        var rb1 = RankEffectSizes.RankBiserial(X, Y);
        var rb2 = RankEffectSizes.RankBiserial(Y, X);
        NumericAssert.Close(-rb1.Estimate, rb2.Estimate, rel: 1e-14);
        NumericAssert.Close(-rb1.Upper, rb2.Lower, rel: 1e-14);

        var t = new TwoByTwoTable(15, 5, 8, 12);
        var s = t.SwapArms();
        var wald = new TwoByTwoOptions { RiskDifferenceCi = RiskDifferenceCiMethod.Wald };
        foreach (var o in new[] { TwoByTwoOptions.Default, wald })
        {
            var or1 = TwoByTwo.OddsRatio(t, o);
            var or2 = TwoByTwo.OddsRatio(s, o);
            NumericAssert.Close(1 / or1.Estimate, or2.Estimate, rel: 1e-14);
            NumericAssert.Close(1 / or1.Upper, or2.Lower, rel: 1e-14);
            var rr1 = TwoByTwo.RiskRatio(t, o);
            var rr2 = TwoByTwo.RiskRatio(s, o);
            NumericAssert.Close(1 / rr1.Estimate, rr2.Estimate, rel: 1e-14);
            NumericAssert.Close(1 / rr1.Lower, rr2.Upper, rel: 1e-14);
            var rd1 = TwoByTwo.RiskDifference(t, o);
            var rd2 = TwoByTwo.RiskDifference(s, o);
            NumericAssert.Close(-rd1.Estimate, rd2.Estimate, rel: 1e-14);
            NumericAssert.Close(-rd1.Upper, rd2.Lower, rel: 1e-13);
        }

        var f1 = OutcomesLab.Inference.FisherExactTest.Compute(t, precise: true);
        var f2 = OutcomesLab.Inference.FisherExactTest.Compute(s, precise: true);
        NumericAssert.Close(1 / f1.ConditionalMleOddsRatio, f2.ConditionalMleOddsRatio, rel: 1e-9);
        NumericAssert.Close(f1.PValue, f2.PValue, rel: 1e-13);
    }

    [Fact]
    public void Paired_d_rm_and_d_av_follow_their_definitions()
    {
        double[] x = [12, 15, 10, 18, 10, 16, 11, 17];
        double[] y = [10, 12, 9, 15, 11, 13, 8, 14];
        var s = PairedSummary.FromValues(x, y);
        var dz = PairedStandardizedMeanDifference.Compute(EffectMeasure.PairedDz, s);
        var drm = PairedStandardizedMeanDifference.Compute(EffectMeasure.PairedDrm, s);
        var dav = PairedStandardizedMeanDifference.Compute(EffectMeasure.PairedDav, s);
        var f = Math.Sqrt(2 * (1 - s.Correlation));
        NumericAssert.Close(dz.Estimate * f, drm.Estimate, rel: 1e-14);
        NumericAssert.Close(dz.Lower * f, drm.Lower, rel: 1e-14);
        NumericAssert.Close(2.125 / ((s.SdX + s.SdY) / 2), dav.Estimate, rel: 1e-14);
        var normal = PairedStandardizedMeanDifference.Compute(EffectMeasure.PairedDz, s, new SmdOptions { CiMethod = SmdCiMethod.Normal });
        var se = Math.Sqrt((1 / 8.0) + (dz.Estimate * dz.Estimate / 16));
        NumericAssert.Close(se, normal.StandardError, rel: 1e-14);
    }

    [Fact]
    public void Escalc_smd_and_knapp_hartung_match_metafor()
    {
        // R: escalc(measure="SMD", m1i=c(10,12), sd1i=c(3,4), n1i=c(20,15), m2i=c(8,11), sd2i=c(2.5,3.5), n2i=c(22,14))
        var e = Escalc.StandardizedMeanDifference([new(10, 3, 20), new(12, 4, 15)], [new(8, 2.5, 22), new(11, 3.5, 14)]);
        NumericAssert.AllClose([0.713831173937718, 0.25797089564193526], e.Yi);
        NumericAssert.AllClose([0.10152067575079904, 0.13924263435382953], e.Vi);

        // R: rma(yi, vi, data = dat.bcg RR escalc, method = "DL", test = "knha"); predict()
        var bcg = MetaAnalysisReferenceTests.BcgRr();
        var dl = MetaAnalysis.Fit(bcg.Yi, bcg.Vi, new MetaAnalysisOptions { Method = MetaAnalysisMethod.DerSimonianLaird, Test = MetaAnalysisTest.KnappHartung });
        NumericAssert.AllClose(
            [-0.71411722207322692, 0.18069662833554737, -3.9520229494660852, -1.1078213541683284, -0.3204130899781254, -1.9872069634307388, 0.55897251928428504],
            [dl.Estimate, dl.StandardError, dl.Statistic, dl.Lower, dl.Upper, dl.PredictionLower, dl.PredictionUpper]);
        NumericAssert.Close(0.0019207667670473566, dl.PValue, rel: 1e-9);
        Assert.Equal(12, dl.DegreesOfFreedom);

        // R: rma(..., method = "REML", test = "knha", control = list(threshold = 1e-12, maxiter = 1000)); predict()
        var reml = MetaAnalysis.Fit(bcg.Yi, bcg.Vi, new MetaAnalysisOptions { Test = MetaAnalysisTest.KnappHartung });
        NumericAssert.AllClose(
            [-0.71453234215813966, 0.18079174409284798, -1.1084437136855514, -0.32062097063072803, -1.9960168341962121, 0.5669521498799327],
            [reml.Estimate, reml.StandardError, reml.Lower, reml.Upper, reml.PredictionLower, reml.PredictionUpper], rel: 1e-9);

        // metafor 3.8 does not truncate the KH factor at 1: rma(c(0.1,0.12,0.09,0.11), c(0.04,0.05,0.03,0.06), method = "DL", test = "knha")
        var small = MetaAnalysis.Fit([0.1, 0.12, 0.09, 0.11], [0.04, 0.05, 0.03, 0.06], new MetaAnalysisOptions { Method = MetaAnalysisMethod.DerSimonianLaird, Test = MetaAnalysisTest.KnappHartung });
        NumericAssert.AllClose([0.006603268883412991, 0.081441591690064638, 0.12347068901168974], [small.StandardError, small.Lower, small.Upper]);
        NumericAssert.Close(0.00058167087248700653, small.PValue, rel: 1e-9);
    }
}
