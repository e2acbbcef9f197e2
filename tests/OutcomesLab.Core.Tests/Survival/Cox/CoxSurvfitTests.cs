using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.Cox.CoxFixtures;

namespace OutcomesLab.Core.Tests.Survival.Cox;

/// <summary>
/// Oracle: survival 3.5-3 <c>survfit.coxph</c> via Fixtures/reference/r/make_cox_extra.R (full precision):
/// <c>survfit(lfit, conf.type)</c> (lung, unstratified, means), <c>survfit(vfit, newdata = data.frame(trt = 1, karno = 60, age = 60), conf.type)</c>
/// (veteran, strata(celltype)), <c>survfit(hfit, newdata = data.frame(age = 0, year = 3, surgery = 1, transplant = 1), conf.type)</c>
/// ((start, stop] heart) for conf.type log, log-log, plain; and <c>survfit(wfit)</c> for the weighted lung fit.
/// Every stop time is a row (events and censorings), with n.risk, n.event, n.censor.
/// </summary>
public sealed class CoxSurvfitTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases()
    {
        var t = new TheoryData<string, string>();
        foreach (var m in new[] { "lung", "veteran", "heart" })
        {
            foreach (var c in new[] { "log", "loglog", "plain" })
            {
                t.Add(m, c);
            }
        }

        t.Add("lungw", "log");
        return t;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Survfit_matches_R(string model, string conf)
    {
        var transform = conf switch { "loglog" => CiTransform.LogLog, "plain" => CiTransform.Plain, _ => CiTransform.Log };
        CoxResult fit;
        IReadOnlyList<double>? nd = null;
        string fixture;
        switch (model)
        {
            case "lung":
                {
                    var (s, x) = Lung();
                    fit = CoxRegression.Fit(s, x);
                    fixture = "lung_survfit_cox_" + conf;
                    break;
                }

            case "lungw":
                {
                    var (s, x) = Lung();
                    var ws = SurvivalSample.Create([.. s.Times], [.. s.Status.Select(v => v == 1)], weights: LungWeights(s.Count));
                    fit = CoxRegression.Fit(ws, x);
                    fixture = "lung_survfit_cox_weights";
                    break;
                }

            case "veteran":
                {
                    var (s, x) = Veteran();
                    fit = CoxRegression.Fit(s, x);
                    nd = [1.0, 60, 60];
                    fixture = "veteran_survfit_cox_" + conf;
                    break;
                }

            default:
                {
                    var (s, x, _) = Heart();
                    fit = CoxRegression.Fit(s, x);
                    nd = [0.0, 3, 1, 1];
                    fixture = "heart_survfit_cox_" + conf;
                    break;
                }
        }

        var json = LoadJson(fixture);
        var curves = CoxPredictions.PredictSurvival(fit, nd, ciTransform: transform);
        var strata = json.GetProperty("strata").ValueKind == System.Text.Json.JsonValueKind.Null ? [Vec(json.GetProperty("time")).Length] : Vec(json.GetProperty("strata")).Select(v => (int)v!.Value).ToArray();
        Assert.Equal(strata.Length, curves.Length);
        var maxRel = 0.0;
        void Cmp(string field, Func<CoxSurvivalCurve, IEnumerable<double?>> get, double rel = 1e-10)
        {
            var e = Vec(json.GetProperty(field));
            var a = curves.SelectMany(get).ToList();
            NumericAssert.AllClose(e, a, rel, 1e-13, $"{fixture} {field}");
            maxRel = Math.Max(maxRel, CoxFixtureTests.MaxRel(e, a));
        }

        for (var s = 0; s < strata.Length; s++)
        {
            Assert.Equal(strata[s], curves[s].Time.Length);
        }

        Cmp("time", c => c.Time.Select(v => (double?)v), 0);
        Cmp("n_risk", c => c.NRisk.Select(v => (double?)v), 1e-13);
        Cmp("n_event", c => c.NEvent.Select(v => (double?)v), 1e-13);
        Cmp("n_censor", c => c.NCensor.Select(v => (double?)v), 1e-13);
        Cmp("cumhaz", c => c.CumulativeHazard.Select(v => (double?)v));
        Cmp("surv", c => c.Survival.Select(v => (double?)v));
        Cmp("std_err", c => c.StdErr.Select(v => (double?)v));
        Cmp("lower", c => c.Lower);
        Cmp("upper", c => c.Upper);
        output.WriteLine($"{fixture}: max relative error {maxRel:E2}");
    }
}
