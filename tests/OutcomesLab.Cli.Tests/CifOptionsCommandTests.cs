using System.Globalization;
using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>cif --gray-rho</c>, <c>cif --strata</c> and <c>cif --conf-type</c> end to end. Oracle:
/// Fixtures/reference/survival/cif_gray_options_and_intervals.json, made by r/make_cif_gray_options.R
/// (R 4.2.2, survival 3.5-3, cmprsk 2.2-11): cmprsk <c>cuminc(ftime, fstatus, group, strata, rho)$Tests</c>
/// on mgus2 and the synthetic retention cohort; survival's Aalen-Johansen <c>survfit(Surv(etime, factor(event)) ~ sex,
/// conf.type = )</c> for the jackknife intervals; <c>survival:::survfit_confint</c> on cmprsk <c>timepoints()</c> for the delta ones.
/// </summary>
public sealed class CifOptionsCommandTests
{
    private static JsonNode Fixture => ReferenceFixture.Survival("cif_gray_options_and_intervals");

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Gray_test_with_rho_and_strata_reproduces_cmprsk_cuminc(int rCase)
    {
        var r = Fixture["gray"]![rCase]!;
        var a = r["cli_args"]!.AsArray().Select(x => x!.GetValue<string>()).ToArray();
        var ours = RunJson(["cif", "--input", ReferenceFixture.DataPath(a[0]), "--time", a[1], "--event", a[2], "--group", a[3], .. a[4..]]);
        var gray = ours["gray_test"]!.AsArray();
        var what = r["r_call"]!.GetValue<string>();
        Assert.Equal(r["cause"]!.AsArray().Select(c => int.Parse(c!.GetValue<string>(), CultureInfo.InvariantCulture)), gray.Select(g => g!["cause"]!.GetValue<int>()));
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["stat"]), [.. gray.Select(g => ReferenceFixture.Number(g!["statistic"]))], what: what + " stat");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["p"]), [.. gray.Select(g => ReferenceFixture.Number(g!["p"]))], what: what + " p");
        NumericAssert.AllClose(ReferenceFixture.Numbers(r["df"]), [.. gray.Select(g => ReferenceFixture.Number(g!["df"]))], rel: 0, abs: 0, what: what + " df");
        var rho = a.Contains("--gray-rho") ? double.Parse(a[Array.IndexOf(a, "--gray-rho") + 1], CultureInfo.InvariantCulture) : 0;
        Assert.All(gray, g => Assert.Equal(rho, g!["rho"]!.GetValue<double>()));
        Assert.All(gray, g => Assert.Equal(a.Contains("--strata"), g!["stratified"]!.GetValue<bool>()));
    }

    [Fact]
    public void Strata_change_only_the_test_not_the_curves()
    {
        string[] args = ["cif", "--input", ReferenceFixture.DataPath("retention_synthetic.csv"), "--time", "time_days", "--event", "event_type", "--group", "arm"];
        var plain = RunJson(args);
        var stratified = RunJson([.. args, "--strata", "site"]);
        Assert.Equal(plain["causes"]!.ToJsonString(), stratified["causes"]!.ToJsonString());
        Assert.NotEqual(plain["gray_test"]!.ToJsonString(), stratified["gray_test"]!.ToJsonString());
        var (code, text, _) = CliRunner.Run([.. args, "--strata", "site", "--gray-rho", "2"]);
        Assert.Equal(0, code);
        Assert.Contains("Gray's test between groups (rho = 2, stratified by site)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--gray-rho", "1" }, "--gray-rho sets the weight of Gray's test, which compares groups; add --group COLUMN")]
    [InlineData(new[] { "--strata", "site" }, "--strata stratifies Gray's test between groups")]
    [InlineData(new[] { "--group", "arm", "--strata", "no_such_column" }, "no_such_column")]
    [InlineData(new[] { "--group", "arm", "--gray-rho", "abc" }, "--gray-rho")]
    public void Gray_options_without_a_group_or_with_bad_values_are_refused_with_exit_2(string[] extra, string expected)
    {
        var (code, output, err) = CliRunner.Run(
            ["cif", "--input", ReferenceFixture.DataPath("retention_synthetic.csv"), "--time", "time_days", "--event", "event_type", .. extra]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, err, StringComparison.Ordinal);
    }

    /// <summary>Infinitesimal-jackknife SE (<c>--variance jackknife</c>): every row of every curve against survival's Aalen-Johansen survfit(conf.type = ...).</summary>
    [Theory]
    [InlineData("log")]
    [InlineData("log-log")]
    [InlineData("plain")]
    public void Jackknife_intervals_reproduce_R_survfit_conf_type(string confType)
    {
        var r = Fixture["survfit"]![confType]!.AsArray();
        var ours = RunJson(["cif", "--input", ReferenceFixture.DataPath("mgus2.csv"), "--time", "etime", "--event", "event", "--group", "sex", "--variance", "jackknife", "--conf-type", confType]);
        Assert.Equal(confType, ours["conf_type"]!.GetValue<string>());
        var curves = ours["causes"]!.AsArray();
        Assert.Equal(4, curves.Count);
        foreach (var c in curves)
        {
            var group = c!["group"]!.GetValue<string>();
            var cause = c["cause"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture);
            var rg = r.Single(x => x!["group"]!.GetValue<string>() == group)!;
            var state = rg["states"]!.AsArray().Select(x => x!.GetValue<string>()).ToList().IndexOf(cause);
            Assert.True(state > 0, $"state {cause} in R's fit");
            var table = c["table"]!.AsArray();
            double?[] Ours(string key) => [.. table.Select(row => ReferenceFixture.Number(row![key]))];
            double?[] R(string key) => ReferenceFixture.Numbers(rg[key]![state]);
            var what = $"{confType} {group} cause {cause}";
            NumericAssert.AllClose(ReferenceFixture.Numbers(rg["time"]), Ours("time"), rel: 0, abs: 0, what: what + " time");
            NumericAssert.AllClose(R("pstate"), Ours("estimate"), what: what + " estimate");
            NumericAssert.AllClose(R("std_err"), Ours("std_err"), what: what + " std_err");
            NumericAssert.AllClose(R("lower"), Ours("lower"), what: what + " lower");
            NumericAssert.AllClose(R("upper"), Ours("upper"), what: what + " upper");
        }
    }

    /// <summary>cmprsk's delta-method variance (the default): --times values against timepoints() with survival's survfit_confint on its SE.</summary>
    [Theory]
    [InlineData("log")]
    [InlineData("log-log")]
    [InlineData("plain")]
    public void Delta_intervals_at_times_reproduce_survfit_confint_on_cmprsk_timepoints(string confType)
    {
        var r = Fixture["delta"]!;
        var times = ReferenceFixture.Numbers(r["times"]);
        var ours = RunJson(["cif", "--input", ReferenceFixture.DataPath("mgus2.csv"), "--time", "etime", "--event", "event", "--group", "sex", "--conf-type", confType,
            "--times", string.Join(",", times.Select(t => t!.Value.ToString(CultureInfo.InvariantCulture)))]);
        Assert.Equal("delta", ours["variance"]!.GetValue<string>());
        foreach (var rc in r["curves"]!.AsArray())
        {
            var group = rc!["group"]!.GetValue<string>();
            var cause = int.Parse(rc["cause"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            var at = ours["causes"]!.AsArray().Single(c => c!["group"]!.GetValue<string>() == group && c["cause"]!.GetValue<int>() == cause)!["at_times"]!.AsArray();
            double?[] Ours(string key) => [.. at.Select(row => ReferenceFixture.Number(row![key]))];
            var what = $"{confType} {group} cause {cause}";
            NumericAssert.AllClose(times, Ours("time"), rel: 0, abs: 0, what: what + " time");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc["est"]), Ours("estimate"), what: what + " est");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc["se"]), Ours("std_err"), what: what + " se");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc["lower"]![confType]), Ours("lower"), what: what + " lower");
            NumericAssert.AllClose(ReferenceFixture.Numbers(rc["upper"]![confType]), Ours("upper"), what: what + " upper");
        }
    }

    [Fact]
    public void Conf_type_changes_the_table_and_a_bad_value_is_refused()
    {
        string[] args = ["cif", "--input", ReferenceFixture.DataPath("mgus2.csv"), "--time", "etime", "--event", "event", "--times", "120"];
        var log = CliRunner.Run(args);
        var plain = CliRunner.Run([.. args, "--conf-type", "plain"]);
        Assert.Equal(0, plain.Code);
        Assert.Contains("plain CI", plain.Out, StringComparison.Ordinal);
        Assert.NotEqual(log.Out, plain.Out);
        var (code, output, err) = CliRunner.Run([.. args, "--conf-type", "logit"]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--conf-type must be one of log, log-log, plain", err, StringComparison.Ordinal);
    }

    private static JsonNode RunJson(params string[] args)
    {
        var (code, output, err) = CliRunner.Run([.. args, "--format", "json"]);
        Assert.True(code == 0, err);
        return JsonNode.Parse(output)!;
    }
}
