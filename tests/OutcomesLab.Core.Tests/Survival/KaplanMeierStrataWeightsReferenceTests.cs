using OutcomesLab.Survival;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.ReferenceFixtures;

namespace OutcomesLab.Core.Tests.Survival;

/// <summary>
/// Oracle: R survival 3.5-3 <c>survfit</c>, <c>quantile</c> and <c>summary(times =, rmean =)</c> on
/// strata, case weights (robust and Greenwood variance) and (start, stop] data
/// (Fixtures/reference/r/make_km14.R, PROVENANCE-km.md).
/// </summary>
public sealed class KaplanMeierStrataWeightsReferenceTests
{
    public static TheoryData<string, KaplanMeierVariance> Cases() => new()
    {
        { "veteran_km_trt_strata_celltype", KaplanMeierVariance.Auto },
        { "veteran_km_strata_celltype", KaplanMeierVariance.Auto },
        { "lung_km_quartiles_landmarks", KaplanMeierVariance.Auto },
        { "gbsg_km_weights_robust", KaplanMeierVariance.Auto },
        { "gbsg_km_weights_robust", KaplanMeierVariance.Robust },
        { "gbsg_km_weights_robust_loglog", KaplanMeierVariance.Auto },
        { "gbsg_km_weights_greenwood", KaplanMeierVariance.Greenwood },
        { "lung_km_intweights", KaplanMeierVariance.Auto },
        { "lung_km_intweights", KaplanMeierVariance.Greenwood },
        { "lung_km_intweights_robust", KaplanMeierVariance.Robust },
        { "heart_km_startstop", KaplanMeierVariance.Auto },
        { "heart_km_startstop_weights_robust", KaplanMeierVariance.Auto },
        { "heart_km_startstop_weights_greenwood", KaplanMeierVariance.Greenwood },
    };

    internal static SurvivalSample SampleFor(string file)
    {
        if (file.StartsWith("veteran", StringComparison.Ordinal))
        {
            var d = Csv("data/veteran.csv");
            var events = d["status"].Select(s => s == "1").ToArray();
            return file.Contains("trt", StringComparison.Ordinal)
                ? SurvivalSample.Create(ToDoubles(d["time"]), events, d["trt"], d["celltype"])
                : SurvivalSample.Create(ToDoubles(d["time"]), events, strata: d["celltype"]);
        }

        if (file.StartsWith("gbsg", StringComparison.Ordinal))
        {
            var d = Csv("data/gbsg_weighted.csv");
            return SurvivalSample.Create(ToDoubles(d["rfstime"]), d["status"].Select(s => s == "1").ToArray(), d["hormon"], weights: ToDoubles(d["w"]));
        }

        if (file.StartsWith("lung_km_intweights", StringComparison.Ordinal))
        {
            var d = Csv("data/lung_intweights.csv");
            return SurvivalSample.Create(ToDoubles(d["time"]), d["status"].Select(s => s == "2").ToArray(), d["sex"], weights: ToDoubles(d["w"]));
        }

        if (file.StartsWith("lung", StringComparison.Ordinal))
        {
            return Lung();
        }

        var h = Csv(file == "heart_km_startstop" ? "data/heart.csv" : "data/heart_weighted.csv");
        return SurvivalSample.Create(
            ToDoubles(h["stop"]),
            h["event"].Select(s => s == "1").ToArray(),
            weights: file == "heart_km_startstop" ? null : ToDoubles(h["w"]),
            entryTimes: ToDoubles(h["start"]));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reproduces_R_survfit_with_strata_weights_and_counting_process_data(string file, KaplanMeierVariance variance)
    {
        var fx = Load($"survival/{file}.json");
        var options = new KaplanMeierOptions
        {
            CiTransform = fx["conf_type"]!.GetValue<string>() == "log-log" ? CiTransform.LogLog : CiTransform.Log,
            ConfidenceLevel = Num(fx["conf_int"])!.Value,
            RmstTau = Num(fx["tau"]),
            LandmarkTimes = Doubles(fx["landmark_times"]),
            Variance = variance,
        };
        var fit = KaplanMeier.Fit(SampleFor(file), options);
        Assert.Equal(fx["variance"]!.GetValue<string>() == "robust" ? KaplanMeierVariance.Robust : KaplanMeierVariance.Greenwood, fit.VarianceUsed);
        var curves = fx["curves"]!.AsArray();
        Assert.Equal(curves.Select(c => c!["label"]!.GetValue<string>()), fit.Curves.Select(c => c.Group));
        for (var s = 0; s < curves.Count; s++)
        {
            var rc = curves[s]!;
            var curve = fit.Curves[s];
            var w = $"{file}/{curve.Group}/{variance}";
            Assert.Equal((int)Num(rc["n"])!.Value, curve.N);
            Close([Num(rc["events"])], [curve.Events], $"{w} events");

            var t = rc["table"]!;
            var rows = curve.Table;
            Exact(Nums(t["time"]), rows.Select(r => (double?)r.Time).ToList(), $"{w} time");
            Close(Nums(t["n.risk"]), rows.Select(r => (double?)r.NRisk).ToList(), $"{w} n.risk");
            Close(Nums(t["n.event"]), rows.Select(r => (double?)r.NEvent).ToList(), $"{w} n.event");
            Close(Nums(t["n.censor"]), rows.Select(r => (double?)r.NCensor).ToList(), $"{w} n.censor");
            Close(Nums(t["surv"]), rows.Select(r => (double?)r.Surv).ToList(), $"{w} surv");
            Close(Nums(t["se_log"]), rows.Select(r => (double?)r.StdErr).ToList(), $"{w} std.err (log S)");
            Close(Nums(t["lower"]), rows.Select(r => r.Lower).ToList(), $"{w} lower");
            Close(Nums(t["upper"]), rows.Select(r => r.Upper).ToList(), $"{w} upper");
            Close(Nums(t["cumhaz"]), rows.Select(r => (double?)r.CumHaz).ToList(), $"{w} cumhaz");
            Close(Nums(t["std.chaz"]), rows.Select(r => (double?)r.StdCumHaz).ToList(), $"{w} std.chaz");

            var q = rc["quantiles"]!;
            Assert.Equal(Doubles(q["probs"]), curve.Quantiles.Select(x => x.Probability));
            Close(Nums(q["quantile"]), curve.Quantiles.Select(x => x.Time).ToList(), $"{w} quantile");
            Close(Nums(q["lower"]), curve.Quantiles.Select(x => x.Lower).ToList(), $"{w} quantile lower");
            Close(Nums(q["upper"]), curve.Quantiles.Select(x => x.Upper).ToList(), $"{w} quantile upper");

            var lm = rc["landmarks"]!;
            var lms = curve.Landmarks;
            Exact(Nums(lm["time"]), lms.Select(x => (double?)x.Time).ToList(), $"{w} landmark time");
            Close(Nums(lm["n.risk"]), lms.Select(x => (double?)x.NRisk).ToList(), $"{w} landmark n.risk");
            Close(Nums(lm["n.event"]), lms.Select(x => (double?)x.NEvent).ToList(), $"{w} landmark n.event");
            Close(Nums(lm["n.censor"]), lms.Select(x => (double?)x.NCensor).ToList(), $"{w} landmark n.censor");
            Close(Nums(lm["surv"]), lms.Select(x => (double?)x.Surv).ToList(), $"{w} landmark surv");
            Close(Nums(lm["se_surv"]), lms.Select(x => (double?)x.SeSurv).ToList(), $"{w} landmark se");
            Close(Nums(lm["lower"]), lms.Select(x => x.Lower).ToList(), $"{w} landmark lower");
            Close(Nums(lm["upper"]), lms.Select(x => x.Upper).ToList(), $"{w} landmark upper");

            var rm = rc["rmst"]!;
            Close([Num(rm["tau"]), Num(rm["rmean"]), Num(rm["se_rmean"])], [curve.Rmst.Tau, curve.Rmst.Estimate, curve.Rmst.StandardError], $"{w} rmst");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"max relative error so far: {MaxRelativeError:R}");
    }
}
