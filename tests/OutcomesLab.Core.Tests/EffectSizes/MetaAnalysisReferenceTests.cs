using OutcomesLab.EffectSizes;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.ReferenceFixtures;

namespace OutcomesLab.Core.Tests.EffectSizes;

/// <summary>Oracle: R 4.2.2, metafor 3.8-1 escalc/rma/predict on dat.bcg (Fixtures/reference/effects/bcg_*.json).</summary>
public sealed class MetaAnalysisReferenceTests
{
    internal static EscalcResult BcgRr()
    {
        var d = Csv("data/dat_bcg.csv");
        int I(string col, int i) => int.Parse(d[col][i], System.Globalization.CultureInfo.InvariantCulture);
        var tables = Enumerable.Range(0, d["trial"].Length).Select(i => new TwoByTwoTable(I("tpos", i), I("tneg", i), I("cpos", i), I("cneg", i))).ToList();
        return Escalc.FromTables(EffectMeasure.RiskRatio, tables);
    }

    [Fact]
    public void Escalc_rr_matches_metafor()
    {
        var fx = Load("effects/bcg_escalc_rr.json");
        var e = BcgRr();
        NumericAssert.AllClose(Doubles(fx["yi"]), e.Yi, what: "yi");
        NumericAssert.AllClose(Doubles(fx["vi"]), e.Vi, what: "vi");
    }

    [Theory]
    [InlineData("FE", MetaAnalysisMethod.FixedEffect)]
    [InlineData("DL", MetaAnalysisMethod.DerSimonianLaird)]
    public void Closed_form_models_match_metafor(string name, MetaAnalysisMethod method)
    {
        var fx = Load($"effects/bcg_rma_{name}.json");
        var e = BcgRr();
        var r = MetaAnalysis.Fit(e.Yi, e.Vi, new MetaAnalysisOptions { Method = method });
        Assert.Equal(13, r.K);
        NumericAssert.Close(Num(fx["estimate"]), r.Estimate, what: "estimate");
        NumericAssert.Close(Num(fx["se"]), r.StandardError, what: "se");
        NumericAssert.Close(Num(fx["zval"]), r.Statistic, what: "z");
        NumericAssert.Close(Num(fx["pval"]), r.PValue, rel: 1e-9, what: "p");
        NumericAssert.Close(Num(fx["ci_lb"]), r.Lower, what: "ci_lb");
        NumericAssert.Close(Num(fx["ci_ub"]), r.Upper, what: "ci_ub");
        NumericAssert.Close(Num(fx["exp_ci_ub"]), Math.Exp(r.Upper), what: "exp ci_ub");
        NumericAssert.Close(Num(fx["pi_lb"]) ?? double.NaN, r.PredictionLower, what: "pi_lb");
        NumericAssert.Close(Num(fx["pi_ub"]) ?? double.NaN, r.PredictionUpper, what: "pi_ub");
        NumericAssert.Close(Num(fx["tau2"]), r.Tau2, abs: 1e-15, what: "tau2");
        NumericAssert.Close(Num(fx["se_tau2"]) ?? double.NaN, r.Tau2StandardError, what: "se_tau2");
        NumericAssert.Close(Num(fx["I2"]), r.I2, what: "I2");
        NumericAssert.Close(Num(fx["H2"]), r.H2, what: "H2");
        NumericAssert.Close(Num(fx["QE"]), r.Q, what: "Q");
        NumericAssert.Close(Num(fx["QE_df"]), r.QDegreesOfFreedom, what: "Q df");
        NumericAssert.Close(Num(fx["QEp"]), r.QPValue, rel: 1e-9, what: "Q p");
        NumericAssert.AllClose(Doubles(fx["weights_percent"]), r.WeightsPercent, what: "weights %");
    }

    [Fact]
    public void Reml_matches_tightly_converged_metafor()
    {
        var fx = Load("effects/bcg_rma_REML.json");
        var tight = fx["tight_convergence"]!;
        var e = BcgRr();
        var r = MetaAnalysis.Fit(e.Yi, e.Vi);
        Assert.True(r.Converged);
        foreach (var (key, value) in new (string, double)[]
        {
            ("estimate", r.Estimate), ("se", r.StandardError), ("ci_lb", r.Lower), ("ci_ub", r.Upper),
            ("tau2", r.Tau2), ("se_tau2", r.Tau2StandardError), ("I2", r.I2), ("H2", r.H2),
        })
        {
            NumericAssert.Close(Num(tight[key]), value, rel: 1e-9, what: "tight " + key);
        }

        // metafor's default threshold 1e-5 fit: about 1e-7 on tau2 (README)
        NumericAssert.Close(Num(fx["tau2"]), r.Tau2, rel: 1e-6, what: "default-threshold tau2");
        NumericAssert.Close(Num(fx["pi_lb"]), r.PredictionLower, rel: 1e-6, what: "pi_lb");
        NumericAssert.Close(Num(fx["pi_ub"]), r.PredictionUpper, rel: 1e-6, what: "pi_ub");
        NumericAssert.Close(Num(fx["QE"]), r.Q, what: "Q");
        NumericAssert.AllClose(Doubles(fx["weights_percent"]), r.WeightsPercent, rel: 1e-6, what: "weights %");
    }
}
