using System.Globalization;
using OutcomesLab.Survival;
using OutcomesLab.Testing;
using Xunit;
using static OutcomesLab.Core.Tests.Survival.CompetingRisks.CompetingRisksFixtures;

namespace OutcomesLab.Core.Tests.Survival.CompetingRisks;

/// <summary>
/// Oracle: R reference fixtures (tier 2). cmprsk 2.2-11 <c>cuminc()</c> for est/var/Gray's test and
/// survival 3.5-3 multi-state <c>survfit()</c> for pstate/std.err/CI. Closed-form results: 1e-10 relative.
/// </summary>
public sealed class CumulativeIncidenceFixtureTests(ITestOutputHelper output)
{
    private const double Rel = 1e-10;
    private const double Abs = 1e-14;

    public static TheoryData<string> CumincFixtures => new() { "mgus2_cuminc", "mgus2_cuminc_by_sex", "retention_cuminc", "retention_cuminc_by_arm" };

    [Theory]
    [MemberData(nameof(CumincFixtures))]
    public void Cuminc_est_var_and_steps_match_cmprsk(string fixture)
    {
        var json = LoadJson(fixture);
        var sample = SampleFor(fixture);
        var fit = CumulativeIncidence.Fit(sample);
        var curves = json.GetProperty("curves").EnumerateArray().ToList();
        Assert.Equal(curves.Count, fit.Curves.Length);
        var maxRel = 0.0;
        for (var ci = 0; ci < curves.Count; ci++)
        {
            var e = curves[ci];
            var name = e.GetProperty("name").GetString()!;
            var curve = fit.Curves[ci];
            Assert.Equal(name, curve.Name);
            Assert.Same(curve, fit.Curve(e.GetProperty("group").GetString()!, int.Parse(e.GetProperty("cause").GetString()!, CultureInfo.InvariantCulture)));

            var raw = e.GetProperty("raw");
            NumericAssert.AllClose(Vec(raw.GetProperty("time")), curve.Steps.Time.Select(v => (double?)v).ToList(), rel: 0, abs: 0, what: name + " raw.time");
            NumericAssert.AllClose(Vec(raw.GetProperty("est")), curve.Steps.Estimate.Select(v => (double?)v).ToList(), Rel, Abs, name + " raw.est");
            NumericAssert.AllClose(Vec(raw.GetProperty("var")), curve.Steps.Variance.Select(v => (double?)v).ToList(), Rel, Abs, name + " raw.var");
            maxRel = Math.Max(maxRel, MaxRel(Vec(raw.GetProperty("est")), curve.Steps.Estimate));
            maxRel = Math.Max(maxRel, MaxRel(Vec(raw.GetProperty("var")), curve.Steps.Variance));

            var at = e.GetProperty("at_times");
            var atSteps = curve.Steps.AtTimes();
            var atTime = Vec(at.GetProperty("time"));
            NumericAssert.AllClose(atTime, atSteps.Time.Select(v => (double?)v).ToList(), rel: 0, abs: 0, what: name + " at_times.time");
            NumericAssert.AllClose(Vec(at.GetProperty("est")), atSteps.Estimate.Select(v => (double?)v).ToList(), Rel, Abs, name + " at_times.est");
            NumericAssert.AllClose(Vec(at.GetProperty("var")), atSteps.Variance.Select(v => (double?)v).ToList(), Rel, Abs, name + " at_times.var");

            // The per-time rows give the same right-continuous values at every at_times time.
            var atEst = Vec(at.GetProperty("est"));
            var atVar = Vec(at.GetProperty("var"));
            for (var i = 0; i < atTime.Length; i++)
            {
                var row = curve.At(atTime[i]!.Value);
                NumericAssert.Close(atEst[i], row?.Estimate ?? 0, Rel, Abs, $"{name} row est at {atTime[i]}");
                NumericAssert.Close(atVar[i], row?.DeltaVariance ?? 0, Rel, Abs, $"{name} row var at {atTime[i]}");
                if (row is not null)
                {
                    NumericAssert.Close(Math.Sqrt(atVar[i]!.Value), row.StdErr, Rel, Abs, $"{name} default StdErr is cmprsk's sqrt(var)");
                }
            }
        }

        output.WriteLine($"{fixture}: max relative error of est/var = {maxRel:E3}");
    }

    [Theory]
    [InlineData("mgus2_cuminc_by_sex")]
    [InlineData("retention_cuminc_by_arm")]
    public void Gray_test_matches_cmprsk(string fixture)
    {
        var json = LoadJson(fixture).GetProperty("gray_test");
        var fit = CumulativeIncidence.Fit(SampleFor(fixture));
        var causes = Strings(json.GetProperty("cause"));
        var stat = Vec(json.GetProperty("stat"));
        var p = Vec(json.GetProperty("p"));
        var df = Vec(json.GetProperty("df"));
        Assert.Equal(causes.Length, fit.GrayTests.Length);
        for (var i = 0; i < causes.Length; i++)
        {
            var t = fit.GrayTests[i];
            Assert.Equal(int.Parse(causes[i], CultureInfo.InvariantCulture), t.Cause);
            Assert.Equal((int)df[i]!.Value, t.DegreesOfFreedom);
            NumericAssert.Close(stat[i], t.Statistic, Rel, 0, $"cause {causes[i]} stat");
            NumericAssert.Close(p[i], t.PValue, Rel, 0, $"cause {causes[i]} p");
            output.WriteLine($"{fixture} cause {causes[i]}: stat rel err {Math.Abs(t.Statistic - stat[i]!.Value) / stat[i]!.Value:E3}, p rel err {Math.Abs(t.PValue - p[i]!.Value) / p[i]!.Value:E3}");

            var direct = GrayTest.Compute(SampleFor(fixture), t.Cause);
            NumericAssert.Close(t.Statistic, direct.Statistic, 0, 0, "GrayTest.Compute equals Fit's test");
        }
    }

    [Theory]
    [InlineData("mgus2_aalen_johansen")]
    [InlineData("retention_aalen_johansen")]
    public void Aalen_johansen_matches_survfit_multistate(string fixture)
    {
        var json = LoadJson(fixture);
        var fit = CumulativeIncidence.Fit(
            SampleFor(fixture),
            new CumulativeIncidenceOptions(VarianceMethod: CifVarianceMethod.InfinitesimalJackknife, ConfidenceTransform: CifConfidenceTransform.Log));
        var states = Strings(json.GetProperty("states"));
        Assert.Equal("(s0)", states[0]);
        Assert.Equal(json.GetProperty("n").GetInt32(), fit.EventFree[0].Points[0].NRisk);
        var time = Vec(json.GetProperty("time"));
        var ef = fit.EventFree[0].Points;
        NumericAssert.AllClose(time, ef.Select(p => (double?)p.Time).ToList(), rel: 0, abs: 0, what: "time");
        NumericAssert.AllClose(Vec(json.GetProperty("n.censor")), ef.Select(p => (double?)p.NCensor).ToList(), 0, 0, "n.censor");

        var nRisk = json.GetProperty("n.risk");
        var nEvent = json.GetProperty("n.event");
        var pstate = json.GetProperty("pstate");
        var stdErr = json.GetProperty("std.err");
        var lower = json.GetProperty("lower");
        var upper = json.GetProperty("upper");
        NumericAssert.AllClose(Vec(nRisk.GetProperty("(s0)")), ef.Select(p => (double?)p.NRisk).ToList(), 0, 0, "n.risk (s0)");
        NumericAssert.AllClose(Vec(nEvent.GetProperty("(s0)")), ef.Select(_ => (double?)0).ToList(), 0, 0, "n.event (s0)");
        NumericAssert.AllClose(Vec(pstate.GetProperty("(s0)")), ef.Select(p => (double?)p.Survival).ToList(), Rel, Abs, "pstate (s0)");
        NumericAssert.AllClose(Vec(stdErr.GetProperty("(s0)")), ef.Select(p => (double?)p.JackknifeStdErr).ToList(), Rel, Abs, "std.err (s0)");
        NumericAssert.AllClose(Vec(lower.GetProperty("(s0)")), ef.Select(p => p.Lower).ToList(), Rel, Abs, "lower (s0)");
        NumericAssert.AllClose(Vec(upper.GetProperty("(s0)")), ef.Select(p => p.Upper).ToList(), Rel, Abs, "upper (s0)");
        var maxRel = Math.Max(MaxRel(Vec(pstate.GetProperty("(s0)")), ef.Select(p => p.Survival).ToList()), MaxRel(Vec(stdErr.GetProperty("(s0)")), ef.Select(p => p.JackknifeStdErr).ToList()));

        foreach (var state in states.Skip(1))
        {
            var curve = fit.Curve(int.Parse(state, CultureInfo.InvariantCulture));
            var pts = curve.Points;
            NumericAssert.AllClose(Vec(nRisk.GetProperty(state)), pts.Select(_ => (double?)0).ToList(), 0, 0, $"n.risk {state}");
            NumericAssert.AllClose(Vec(nEvent.GetProperty(state)), pts.Select(p => (double?)p.NEvent).ToList(), 0, 0, $"n.event {state}");
            NumericAssert.AllClose(Vec(pstate.GetProperty(state)), pts.Select(p => (double?)p.Estimate).ToList(), Rel, Abs, $"pstate {state}");
            NumericAssert.AllClose(Vec(stdErr.GetProperty(state)), pts.Select(p => (double?)p.JackknifeStdErr).ToList(), Rel, Abs, $"std.err {state}");
            NumericAssert.AllClose(Vec(stdErr.GetProperty(state)), pts.Select(p => (double?)p.StdErr).ToList(), Rel, Abs, $"StdErr (IJ option) {state}");
            NumericAssert.AllClose(Vec(lower.GetProperty(state)), pts.Select(p => p.Lower).ToList(), Rel, Abs, $"lower {state}");
            NumericAssert.AllClose(Vec(upper.GetProperty(state)), pts.Select(p => p.Upper).ToList(), Rel, Abs, $"upper {state}");
            maxRel = Math.Max(maxRel, MaxRel(Vec(pstate.GetProperty(state)), pts.Select(p => p.Estimate).ToList()));
            maxRel = Math.Max(maxRel, MaxRel(Vec(stdErr.GetProperty(state)), pts.Select(p => p.JackknifeStdErr).ToList()));
            maxRel = Math.Max(maxRel, MaxRel(Vec(lower.GetProperty(state)), pts.Select(p => p.Lower ?? 0).ToList()));
            maxRel = Math.Max(maxRel, MaxRel(Vec(upper.GetProperty(state)), pts.Select(p => p.Upper ?? 0).ToList()));
        }

        output.WriteLine($"{fixture}: max relative error of pstate/std.err/limits = {maxRel:E3}");
    }

    private static SurvivalSample SampleFor(string fixture) => fixture switch
    {
        "mgus2_cuminc" or "mgus2_aalen_johansen" => Mgus2(bySex: false),
        "mgus2_cuminc_by_sex" => Mgus2(bySex: true),
        "retention_cuminc" or "retention_aalen_johansen" => Retention(byArm: false),
        "retention_cuminc_by_arm" => Retention(byArm: true),
        _ => throw new ArgumentOutOfRangeException(nameof(fixture)),
    };

    // Reporting only (the assertions above use NumericAssert).
    private static double MaxRel(double?[] expected, IReadOnlyList<double> actual)
    {
        var m = 0.0;
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] is { } e && e != 0 && double.IsFinite(e))
            {
                m = Math.Max(m, Math.Abs(actual[i] - e) / Math.Abs(e));
            }
        }

        return m;
    }
}
