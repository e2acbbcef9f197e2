using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>End to end: CSV in, JSON out, compared with R's numbers (oracle: ../shared/reference, see Fixtures/reference/PROVENANCE.md).</summary>
public sealed class SurvivalCommandTests
{
    private static JsonNode RunJson(params string[] args)
    {
        var (code, output, err) = CliRunner.Run([.. args, "--format", "json"]);
        Assert.True(code == 0, err);
        return JsonNode.Parse(output)!;
    }

    [Theory]
    [InlineData("log")]
    [InlineData("log-log")]
    [InlineData("plain")]
    public void Km_json_reproduces_R_survfit_on_lung(string confType)
    {
        var r = ReferenceFixture.Survival("lung_km_by_sex");
        var ours = RunJson("km", "--input", ReferenceFixture.DataPath("lung.csv"), "--time", "time", "--event", "status", "--event-value", "2",
            "--group", "sex", "--times", "180,365,730", "--tau", "730", "--conf-type", confType);
        var groups = ours["groups"]!.AsArray();
        Assert.Equal(2, groups.Count);
        for (var g = 0; g < 2; g++)
        {
            var rs = r["strata"]![g]!;
            var os = groups[g]!;
            Assert.Equal(rs["stratum"]!.GetValue<string>(), "sex=" + os["group"]!.GetValue<string>());
            Assert.Equal(rs["n"]!.GetValue<int>(), os["n"]!.GetValue<int>());
            Assert.Equal(rs["events"]!.GetValue<double>(), os["events"]!.GetValue<double>());
            var table = os["table"]!.AsArray();
            double?[] Column(string key) => [.. table.Select(row => ReferenceFixture.Number(row![key]))];
            NumericAssert.AllClose(ReferenceFixture.Numbers(rs["table"]!["time"]), Column("time"), rel: 0, abs: 0, what: "time");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rs["table"]!["n.risk"]), Column("n_risk"), rel: 0, abs: 0, what: "n_risk");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rs["table"]!["surv"]), Column("surv"), what: "surv");
            // JSON has no Infinity: R's std.err of Inf (S = 0) is written as null.
            var rStdErr = ReferenceFixture.Numbers(rs["table"]!["std.err"]).Select(v => v is { } x && double.IsInfinity(x) ? null : v).ToList();
            NumericAssert.AllClose(rStdErr, Column("std_err"), what: "std_err");
            var ci = rs["ci"]![confType]!;
            NumericAssert.AllClose(NaNAsNull(ReferenceFixture.Numbers(ci["lower"])), Column("lower"), what: confType + " lower");
            NumericAssert.AllClose(NaNAsNull(ReferenceFixture.Numbers(ci["upper"])), Column("upper"), what: confType + " upper");
            NumericAssert.Close(ReferenceFixture.Number(ci["median"]), ReferenceFixture.Number(os["median"]!["estimate"]), what: "median");
            NumericAssert.Close(ReferenceFixture.Number(ci["median_lcl"]), ReferenceFixture.Number(os["median"]!["lower"]), what: "median lower");
            NumericAssert.Close(ReferenceFixture.Number(ci["median_ucl"]), ReferenceFixture.Number(os["median"]!["upper"]), what: "median upper");
            NumericAssert.Close(ReferenceFixture.Number(rs["rmst"]!["rmean"]), ReferenceFixture.Number(os["rmst"]!["estimate"]), what: "rmst");
            NumericAssert.Close(ReferenceFixture.Number(rs["rmst"]!["se_rmean"]), ReferenceFixture.Number(os["rmst"]!["se"]), what: "rmst se");
            var landmarks = os["landmarks"]!.AsArray();
            NumericAssert.AllClose(ReferenceFixture.Numbers(rs["landmarks"]!["surv"]), [.. landmarks.Select(l => ReferenceFixture.Number(l!["surv"]))], what: "landmark surv");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rs["landmarks"]!["n.risk"]), [.. landmarks.Select(l => ReferenceFixture.Number(l!["n_risk"]))], rel: 0, abs: 0, what: "landmark n_risk");
        }

        // Two groups and --tau: the RMST difference (female minus male) is the difference of R's rmeans.
        var expectedDiff = ReferenceFixture.Number(r["strata"]![1]!["rmst"]!["rmean"])!.Value - ReferenceFixture.Number(r["strata"]![0]!["rmst"]!["rmean"])!.Value;
        NumericAssert.Close(expectedDiff, ReferenceFixture.Number(ours["rmst_difference"]!["estimate"]), what: "rmst difference");
    }

    private static double?[] NaNAsNull(double?[] values) => [.. values.Select(v => v is { } x && double.IsNaN(x) ? null : v)];

    [Fact]
    public void Logrank_json_reproduces_R_survdiff_stratified()
    {
        var r = ReferenceFixture.Survival("veteran_logrank_by_trt_strat_celltype");
        var ours = RunJson("logrank", "--input", ReferenceFixture.DataPath("veteran.csv"), "--time", "time", "--event", "status", "--group", "trt", "--strata", "celltype");
        NumericAssert.Close(ReferenceFixture.Number(r["chisq"]), ReferenceFixture.Number(ours["chisq"]), what: "chisq");
        NumericAssert.Close(ReferenceFixture.Number(r["p"]), ReferenceFixture.Number(ours["p"]), what: "p");
        Assert.Equal(r["df"]!.GetValue<int>(), ours["df"]!.GetValue<int>());
        var groups = ours["groups"]!.AsArray();
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["obs"]), [.. groups.Select(g => ReferenceFixture.Number(g!["observed"]))], what: "observed");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["exp"]), [.. groups.Select(g => ReferenceFixture.Number(g!["expected"]))], what: "expected");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["n"]), [.. groups.Select(g => ReferenceFixture.Number(g!["n"]))], rel: 0, abs: 0, what: "n");
    }

    [Fact]
    public void Logrank_rho_1_reproduces_R_peto_peto()
    {
        var r = ReferenceFixture.Survival("lung_petopeto_by_sex");
        var ours = RunJson("logrank", "--input", ReferenceFixture.DataPath("lung.csv"), "--time", "time", "--event", "status", "--event-value", "2", "--group", "sex", "--rho", "1");
        NumericAssert.Close(ReferenceFixture.Number(r["chisq"]), ReferenceFixture.Number(ours["chisq"]), what: "chisq");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["obs"]), [.. ours["groups"]!.AsArray().Select(g => ReferenceFixture.Number(g!["observed"]))], what: "weighted observed");
    }

    [Fact]
    public void Cif_json_reproduces_cmprsk_cuminc_by_group()
    {
        var r = ReferenceFixture.Survival("mgus2_cuminc_by_sex");
        var ours = RunJson("cif", "--input", ReferenceFixture.DataPath("mgus2.csv"), "--time", "etime", "--event", "event", "--group", "sex");
        foreach (var rc in r["curves"]!.AsArray())
        {
            var group = rc!["group"]!.GetValue<string>();
            var cause = int.Parse(rc["cause"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
            var oc = ours["causes"]!.AsArray().Single(c => c!["group"]!.GetValue<string>() == group && c["cause"]!.GetValue<int>() == cause)!;
            var table = oc["table"]!.AsArray();
            var times = ReferenceFixture.Numbers(rc["at_times"]!["time"]);
            var est = ReferenceFixture.Numbers(rc["at_times"]!["est"]);
            var variance = ReferenceFixture.Numbers(rc["at_times"]!["var"]);
            for (var i = 0; i < times.Length; i++)
            {
                // The step value at time t is the last table row at or before t (0 before the first row).
                var row = table.LastOrDefault(x => x!["time"]!.GetValue<double>() <= times[i]!.Value);
                NumericAssert.Close(est[i], row is null ? 0 : ReferenceFixture.Number(row["estimate"]), what: $"{group} {cause} est at {times[i]}");
                NumericAssert.Close(Math.Sqrt(variance[i]!.Value), row is null ? 0 : ReferenceFixture.Number(row["std_err"]) ?? 0, what: $"{group} {cause} se at {times[i]}");
            }
        }

        var gray = ours["gray_test"]!.AsArray();
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["gray_test"]!["stat"]), [.. gray.Select(g => ReferenceFixture.Number(g!["statistic"]))], what: "gray stat");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["gray_test"]!["p"]), [.. gray.Select(g => ReferenceFixture.Number(g!["p"]))], what: "gray p");
    }

    [Fact]
    public void Km_without_group_reports_all_and_table_output_is_a_summary()
    {
        var ours = RunJson("km", "--input", ReferenceFixture.DataPath("lung.csv"), "--time", "time", "--event", "status", "--event-value", "2");
        Assert.Equal("all", ours["groups"]![0]!["group"]!.GetValue<string>());
        var (code, text, _) = CliRunner.Run("km", "--input", ReferenceFixture.DataPath("lung.csv"), "--time", "time", "--event", "status", "--event-value", "2", "--group", "sex", "--times", "365");
        Assert.Equal(0, code);
        Assert.Contains("median", text, StringComparison.Ordinal);
        Assert.Contains("S(365)", text, StringComparison.Ordinal);
        Assert.True(text.Split('\n').Length < 12, "the table format is a compact per-group summary, not the step table");
    }
}
