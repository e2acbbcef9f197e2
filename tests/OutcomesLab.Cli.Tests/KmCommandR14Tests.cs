using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>km</c> and <c>plot km</c> with strata, weights, (start, stop] data, quartiles, cumulative hazard
/// and unsorted landmarks, end to end against R survival 3.5-3 (Fixtures/reference/survival, made by
/// the Core tests' r/make_km14.R; see PROVENANCE.md).
/// </summary>
public sealed class KmCommandR14Tests
{
    private static readonly string Veteran = ReferenceFixture.DataPath("veteran.csv");

    private static JsonNode RunJson(params string[] args)
    {
        var (code, output, err) = CliRunner.Run([.. args, "--format", "json"]);
        Assert.True(code == 0, err);
        return JsonNode.Parse(output)!;
    }

    private static double?[] Column(JsonNode curve, string key) => [.. curve["table"]!.AsArray().Select(row => ReferenceFixture.Number(row![key]))];

    private static double?[] NonFinite(double?[] values) => [.. values.Select(v => v is { } x && !double.IsFinite(x) ? null : v)];

    /// <summary>Checks every curve's label, counts, surv, SEs and CIs against an R fixture of make_km14.R.</summary>
    private static void AssertCurvesMatch(string fixture, JsonNode ours)
    {
        var r = ReferenceFixture.Survival(fixture);
        var rc = r["curves"]!.AsArray();
        var oc = ours["groups"]!.AsArray();
        Assert.Equal(rc.Select(c => c!["label"]!.GetValue<string>()), oc.Select(c => c!["group"]!.GetValue<string>()));
        for (var i = 0; i < rc.Count; i++)
        {
            var t = rc[i]!["table"]!;
            var w = $"{fixture} {oc[i]!["group"]}";
            Assert.Equal(rc[i]!["n"]!.GetValue<double>(), oc[i]!["n"]!.GetValue<double>());
            NumericAssert.AllClose(ReferenceFixture.Numbers(t["time"]), Column(oc[i]!, "time"), rel: 0, abs: 0, what: w + " time");
            NumericAssert.AllClose(ReferenceFixture.Numbers(t["n.risk"]), Column(oc[i]!, "n_risk"), what: w + " n_risk");
            NumericAssert.AllClose(ReferenceFixture.Numbers(t["surv"]), Column(oc[i]!, "surv"), what: w + " surv");
            NumericAssert.AllClose(NonFinite(ReferenceFixture.Numbers(t["se_log"])), Column(oc[i]!, "std_err"), what: w + " std_err");
            NumericAssert.AllClose(ReferenceFixture.Numbers(t["lower"]), Column(oc[i]!, "lower"), what: w + " lower");
            NumericAssert.AllClose(ReferenceFixture.Numbers(t["upper"]), Column(oc[i]!, "upper"), what: w + " upper");
            NumericAssert.AllClose(ReferenceFixture.Numbers(t["se_surv"]), NonFinite(Column(oc[i]!, "se_surv")), what: w + " se_surv");
            NumericAssert.AllClose(ReferenceFixture.Numbers(t["cumhaz"]), Column(oc[i]!, "cumhaz"), what: w + " cumhaz");
            NumericAssert.AllClose(ReferenceFixture.Numbers(t["std.chaz"]), Column(oc[i]!, "std_chaz"), what: w + " std_chaz");
            var q = oc[i]!["quantiles"]!.AsArray();
            double?[] Q(string key) => [.. q.Select(x => ReferenceFixture.Number(x![key]))];
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc[i]!["quantiles"]!["quantile"]), Q("estimate"), what: w + " quantile");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc[i]!["quantiles"]!["lower"]), Q("lower"), what: w + " quantile lower");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc[i]!["quantiles"]!["upper"]), Q("upper"), what: w + " quantile upper");
        }

        Assert.Equal(r["variance"]!.GetValue<string>(), ours["variance"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("gbsg_km_weights_robust", "gbsg_weighted.csv", "auto")]
    [InlineData("gbsg_km_weights_robust", "gbsg_weighted.csv", "robust")]
    [InlineData("gbsg_km_weights_greenwood", "gbsg_weighted.csv", "greenwood")]
    [InlineData("lung_km_intweights", "lung_intweights.csv", "auto")]
    [InlineData("lung_km_intweights_robust", "lung_intweights.csv", "robust")]
    [InlineData("heart_km_startstop", "heart.csv", "auto")]
    [InlineData("heart_km_startstop_weights_robust", "heart_weighted.csv", "auto")]
    [InlineData("heart_km_startstop_weights_greenwood", "heart_weighted.csv", "greenwood")]
    public void Km_weights_and_start_reproduce_R_default_and_explicit_variance(string fixture, string data, string variance)
    {
        var path = ReferenceFixture.DataPath(data);
        string[] args = data switch
        {
            "gbsg_weighted.csv" => ["--time", "rfstime", "--event", "status", "--group", "hormon", "--weights", "w"],
            "lung_intweights.csv" => ["--time", "time", "--event", "status", "--event-value", "2", "--group", "sex", "--weights", "w"],
            "heart.csv" => ["--start", "start", "--time", "stop", "--event", "event"],
            _ => ["--start", "start", "--time", "stop", "--event", "event", "--weights", "w"],
        };
        var r = ReferenceFixture.Survival(fixture);
        var times = string.Join(",", ReferenceFixture.Numbers(r["landmark_times"]).Select(t => t!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var ours = RunJson(["km", "--input", path, .. args, "--variance", variance, "--times", times]);
        AssertCurvesMatch(fixture, ours);
        for (var i = 0; i < r["curves"]!.AsArray().Count; i++)
        {
            var rl = r["curves"]![i]!["landmarks"]!;
            var lm = ours["groups"]![i]!["landmarks"]!.AsArray();
            double?[] L(string key) => [.. lm.Select(x => ReferenceFixture.Number(x![key]))];
            NumericAssert.AllClose(ReferenceFixture.Numbers(rl["time"]), L("time"), rel: 0, abs: 0, what: fixture + " landmark time");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rl["n.risk"]), L("n_risk"), what: fixture + " landmark n_risk");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rl["se_surv"]), L("se_surv"), what: fixture + " landmark se_surv");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rl["lower"]), L("lower"), what: fixture + " landmark lower");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rl["upper"]), L("upper"), what: fixture + " landmark upper");
        }
    }

    [Fact]
    public void Km_weights_change_the_numbers_and_robust_with_start_is_refused()
    {
        var gbsg = ReferenceFixture.DataPath("gbsg_weighted.csv");
        string[] common = ["km", "--input", gbsg, "--time", "rfstime", "--event", "status", "--format", "json"];
        var (code, weighted, err) = CliRunner.Run([.. common, "--weights", "w"]);
        Assert.True(code == 0, err);
        Assert.Contains("robust (infinitesimal-jackknife) variance", err, StringComparison.Ordinal);
        (code, var unweighted, err) = CliRunner.Run(common);
        Assert.True(code == 0, err);
        Assert.NotEqual(unweighted, weighted);
        Assert.Equal("greenwood", JsonNode.Parse(unweighted)!["variance"]!.GetValue<string>());

        (code, var output, err) = CliRunner.Run("km", "--input", ReferenceFixture.DataPath("heart.csv"), "--start", "start", "--time", "stop", "--event", "event", "--variance", "robust");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--variance robust with --start", err, StringComparison.Ordinal);
        (code, _, err) = CliRunner.Run([.. common, "--variance", "sandwich"]);
        Assert.Equal(2, code);
        Assert.Contains("--variance must be auto, greenwood or robust", err, StringComparison.Ordinal);
        (code, _, err) = CliRunner.Run([.. common, "--weights", "nope"]);
        Assert.Equal(2, code);
        Assert.Contains("nope", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Km_strata_gives_one_curve_per_group_and_stratum_as_R()
    {
        var ours = RunJson("km", "--input", Veteran, "--time", "time", "--event", "status", "--group", "trt", "--strata", "celltype");
        AssertCurvesMatch("veteran_km_trt_strata_celltype", ours);
        var alone = RunJson("km", "--input", Veteran, "--time", "time", "--event", "status", "--strata", "celltype");
        AssertCurvesMatch("veteran_km_strata_celltype", alone);
        var (code, table, err) = CliRunner.Run("km", "--input", Veteran, "--time", "time", "--event", "status", "--group", "trt", "--strata", "celltype", "--format", "csv");
        Assert.True(code == 0, err);
        Assert.Contains("\"1, adeno\"", table, StringComparison.Ordinal);
        Assert.Contains("\"2, squamous\"", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Km_strata_with_two_curves_gives_no_rmst_difference_and_says_why()
    {
        var args = new[] { "km", "--input", ReferenceFixture.DataPath("lung.csv"), "--time", "time", "--event", "status", "--event-value", "2", "--strata", "sex", "--tau", "365", "--format", "json" };
        var (code, output, err) = CliRunner.Run(args);
        Assert.True(code == 0, err);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(2, json["groups"]!.AsArray().Count);
        Assert.Null(json["rmst_difference"]);
        Assert.Contains("No RMST difference with --strata", err, StringComparison.Ordinal);
        Assert.NotNull(json["groups"]![0]!["rmst"]);
    }

    [Fact]
    public void Plot_km_strata_draws_and_labels_one_line_per_group_and_stratum()
    {
        using var dir = new TempDirectory();
        string[] common = ["plot", "km", "--input", Veteran, "--time", "time", "--event", "status", "--group", "trt"];
        var (code, _, err) = CliRunner.Run([.. common, "--strata", "celltype", "--output", dir.File("strata.svg")]);
        Assert.True(code == 0, err);
        (code, _, err) = CliRunner.Run([.. common, "--output", dir.File("plain.svg")]);
        Assert.True(code == 0, err);
        var strata = File.ReadAllText(dir.File("strata.svg"));
        var plain = File.ReadAllText(dir.File("plain.svg"));
        foreach (var label in new[] { "1, adeno", "1, squamous", "2, large", "2, smallcell" })
        {
            // legend entry and risk-table row
            Assert.True(Count(strata, label) >= 2, $"{label} should label a legend entry and a risk-table row");
        }

        Assert.DoesNotContain("1, adeno", plain, StringComparison.Ordinal);
        Assert.Contains("Stratified log-rank", strata, StringComparison.Ordinal);
    }

    [Fact]
    public void Km_reports_quartiles_cumulative_hazard_and_unsorted_landmarks_as_R()
    {
        var lung = ReferenceFixture.DataPath("lung.csv");
        string[] args = ["km", "--input", lung, "--time", "time", "--event", "status", "--event-value", "2", "--group", "sex", "--times", "730,180,365,180", "--tau", "730"];
        var ours = RunJson(args);
        var r = ReferenceFixture.Survival("lung_km_quartiles_landmarks");
        AssertCurvesMatch("lung_km_quartiles_landmarks", ours);
        for (var i = 0; i < 2; i++)
        {
            var rc = r["curves"]![i]!;
            var oc = ours["groups"]![i]!;
            var w = "sex " + oc["group"];
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc["table"]!["cumhaz"]), Column(oc, "cumhaz"), what: w + " cumhaz");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc["table"]!["std.chaz"]), Column(oc, "std_chaz"), what: w + " std_chaz");
            var q = oc["quantiles"]!.AsArray();
            double?[] Q(string key) => [.. q.Select(x => ReferenceFixture.Number(x![key]))];
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc["quantiles"]!["probs"]), Q("probability"), rel: 0, abs: 0, what: w + " probs");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc["quantiles"]!["quantile"]), Q("estimate"), what: w + " quantile");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc["quantiles"]!["lower"]), Q("lower"), what: w + " quantile lower");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc["quantiles"]!["upper"]), Q("upper"), what: w + " quantile upper");
            var lm = oc["landmarks"]!.AsArray();
            double?[] L(string key) => [.. lm.Select(x => ReferenceFixture.Number(x![key]))];
            var rl = rc["landmarks"]!;
            NumericAssert.AllClose(ReferenceFixture.Numbers(rl["time"]), L("time"), rel: 0, abs: 0, what: w + " landmark time (sorted, 180 twice)");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rl["n.risk"]), L("n_risk"), rel: 0, abs: 0, what: w + " landmark n_risk");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rl["n.event"]), L("n_event"), rel: 0, abs: 0, what: w + " landmark n_event");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rl["surv"]), L("surv"), what: w + " landmark surv");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rl["se_surv"]), L("se_surv"), what: w + " landmark se_surv");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rl["lower"]), L("lower"), what: w + " landmark lower");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rl["upper"]), L("upper"), what: w + " landmark upper");
        }

        // table and csv carry the quartiles with CIs and one column per distinct landmark, sorted
        var (code, csv, err) = CliRunner.Run([.. args, "--format", "csv"]);
        Assert.True(code == 0, err);
        var header = csv.Split('\n')[0];
        Assert.Contains("25% [95% CI]", header, StringComparison.Ordinal);
        Assert.Contains("75% [95% CI]", header, StringComparison.Ordinal);
        Assert.True(header.IndexOf("S(180)", StringComparison.Ordinal) < header.IndexOf("S(365)", StringComparison.Ordinal), header);
        Assert.Equal(1, Count(header, "S(180)"));
        var q1 = ReferenceFixture.Numbers(r["curves"]![0]!["quantiles"]!["quantile"])[0]!.Value;
        var q1Lower = ReferenceFixture.Numbers(r["curves"]![0]!["quantiles"]!["lower"])[0]!.Value;
        var q1Upper = ReferenceFixture.Numbers(r["curves"]![0]!["quantiles"]!["upper"])[0]!.Value;
        Assert.Contains(FormattableString.Invariant($"{q1} [{q1Lower}, {q1Upper}]"), csv, StringComparison.Ordinal);
        (code, var table, err) = CliRunner.Run(args);
        Assert.True(code == 0, err);
        Assert.Contains(FormattableString.Invariant($"{q1} [{q1Lower}, {q1Upper}]"), table, StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_km_refuses_format_which_a_figure_would_ignore()
    {
        using var dir = new TempDirectory();
        var (code, _, err) = CliRunner.Run("plot", "km", "--input", Veteran, "--time", "time", "--event", "status", "--format", "json", "--output", dir.File("km.svg"));
        Assert.Equal(2, code);
        Assert.Contains("--format does not apply to 'plot km'", err, StringComparison.Ordinal);
        Assert.Contains("the extension of --output", err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("km.svg")));
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
