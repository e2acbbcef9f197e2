using OutcomesLab.Survival;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.ReferenceFixtures;

namespace OutcomesLab.Core.Tests.Survival;

/// <summary>Oracle: R survival 3.5-3 survfit/summary/quantile fixtures (Fixtures/reference/survival/*_km*.json).</summary>
public sealed class KaplanMeierReferenceTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var f in new[] { "lung_km_by_sex", "veteran_km_by_trt", "aml_km_by_x", "retention_km_by_arm", "ovarian_km" })
        {
            foreach (var ct in new[] { "log", "log-log", "plain" })
            {
                data.Add(f, ct);
            }
        }

        return data;
    }

    private static SurvivalSample SampleFor(string file) => file switch
    {
        "lung_km_by_sex" => Lung(),
        "veteran_km_by_trt" => Veteran(),
        "aml_km_by_x" => Aml(),
        "retention_km_by_arm" => Retention(),
        "ovarian_km" => Ovarian(),
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    };

    private static CiTransform TransformOf(string ct) => ct switch
    {
        "log" => CiTransform.Log,
        "log-log" => CiTransform.LogLog,
        "plain" => CiTransform.Plain,
        _ => throw new ArgumentOutOfRangeException(nameof(ct)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reproduces_R_survfit_summary_and_quantile(string file, string confType)
    {
        var fx = Load($"survival/{file}.json");
        var options = new KaplanMeierOptions
        {
            CiTransform = TransformOf(confType),
            ConfidenceLevel = Num(fx["conf_int"])!.Value,
            RmstTau = Num(fx["tau"]),
            LandmarkTimes = Doubles(fx["landmark_times"]),
        };
        var fit = KaplanMeier.Fit(SampleFor(file), options);
        var strata = fx["strata"]!.AsArray();
        Assert.Equal(strata.Count, fit.Curves.Length);
        for (var s = 0; s < strata.Count; s++)
        {
            var st = strata[s]!;
            var name = st["stratum"]!.GetValue<string>();
            var curve = fit.Curves[s];
            Assert.Equal(GroupOf(name), curve.Group);
            var w = $"{file}/{name}/{confType}";
            Assert.Equal((int)Num(st["n"])!.Value, curve.N);
            Exact([Num(st["events"])], [curve.Events], $"{w} events");

            var t = st["table"]!;
            var rows = curve.Table;
            Exact(Nums(t["time"]), rows.Select(r => (double?)r.Time).ToList(), $"{w} time");
            Exact(Nums(t["n.risk"]), rows.Select(r => (double?)r.NRisk).ToList(), $"{w} n.risk");
            Exact(Nums(t["n.event"]), rows.Select(r => (double?)r.NEvent).ToList(), $"{w} n.event");
            Exact(Nums(t["n.censor"]), rows.Select(r => (double?)r.NCensor).ToList(), $"{w} n.censor");
            Close(Nums(t["surv"]), rows.Select(r => (double?)r.Surv).ToList(), $"{w} surv");
            Close(Nums(t["std.err"]), rows.Select(r => (double?)r.StdErr).ToList(), $"{w} std.err");
            Close(Nums(t["se_surv"]), rows.Select(r => (double?)r.SeSurv).ToList(), $"{w} se_surv");

            var ci = st["ci"]![confType]!;
            Close(Nums(ci["lower"]), rows.Select(r => r.Lower).ToList(), $"{w} lower");
            Close(Nums(ci["upper"]), rows.Select(r => r.Upper).ToList(), $"{w} upper");

            Close([Num(ci["median"]), Num(ci["median_lcl"]), Num(ci["median_ucl"])], [curve.Median.Time, curve.Median.Lower, curve.Median.Upper], $"{w} median/LCL/UCL");

            var q = ci["quantiles"]!;
            var probs = Doubles(q["probs"]);
            Assert.Equal(probs, curve.Quantiles.Select(x => x.Probability));
            Close(Nums(q["quantile"]), curve.Quantiles.Select(x => x.Time).ToList(), $"{w} quantile");
            Close(Nums(q["lower"]), curve.Quantiles.Select(x => x.Lower).ToList(), $"{w} quantile lower");
            Close(Nums(q["upper"]), curve.Quantiles.Select(x => x.Upper).ToList(), $"{w} quantile upper");

            var lm = st["landmarks"]!;
            var lms = curve.Landmarks;
            Exact(Nums(lm["time"]), lms.Select(x => (double?)x.Time).ToList(), $"{w} landmark time");
            Exact(Nums(lm["n.risk"]), lms.Select(x => (double?)x.NRisk).ToList(), $"{w} landmark n.risk");
            Exact(Nums(lm["n.event"]), lms.Select(x => (double?)x.NEvent).ToList(), $"{w} landmark n.event");
            Exact(Nums(lm["n.censor"]), lms.Select(x => (double?)x.NCensor).ToList(), $"{w} landmark n.censor");
            Close(Nums(lm["surv"]), lms.Select(x => (double?)x.Surv).ToList(), $"{w} landmark surv");
            Close(Nums(lm["se_surv"]), lms.Select(x => (double?)x.SeSurv).ToList(), $"{w} landmark se");
            Close(Nums(ci["landmarks"]!["lower"]), lms.Select(x => x.Lower).ToList(), $"{w} landmark lower");
            Close(Nums(ci["landmarks"]!["upper"]), lms.Select(x => x.Upper).ToList(), $"{w} landmark upper");

            var rm = st["rmst"]!;
            Close([Num(rm["tau"]), Num(rm["rmean"]), Num(rm["se_rmean"])], [curve.Rmst.Tau, curve.Rmst.Estimate, curve.Rmst.StandardError], $"{w} rmst");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"max relative error so far: {MaxRelativeError:R}");
    }

    [Fact]
    public void Reproduces_R_Nelson_Aalen_cumhaz_and_std_chaz()
    {
        var fx = Load("survival/lung_nelson_aalen_by_sex.json");
        var fit = KaplanMeier.Fit(Lung());
        var strata = fx["strata"]!.AsArray();
        for (var s = 0; s < strata.Count; s++)
        {
            var st = strata[s]!;
            var rows = fit.Curves[s].Table;
            Assert.Equal(GroupOf(st["stratum"]!.GetValue<string>()), fit.Curves[s].Group);
            Exact(Nums(st["time"]), rows.Select(r => (double?)r.Time).ToList(), "time");
            Exact(Nums(st["n.risk"]), rows.Select(r => (double?)r.NRisk).ToList(), "n.risk");
            Exact(Nums(st["n.event"]), rows.Select(r => (double?)r.NEvent).ToList(), "n.event");
            Exact(Nums(st["n.censor"]), rows.Select(r => (double?)r.NCensor).ToList(), "n.censor");
            Close(Nums(st["cumhaz"]), rows.Select(r => (double?)r.CumHaz).ToList(), "cumhaz");
            Close(Nums(st["std.chaz"]), rows.Select(r => (double?)r.StdCumHaz).ToList(), "std.chaz");
        }
    }
}
