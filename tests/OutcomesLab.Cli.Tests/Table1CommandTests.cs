using System.Text;
using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>outcomeslab table1</c> end to end. Expected numbers are R 4.2's (base R mean/sd, oneway.test,
/// chisq.test, fisher.test and the SMD formulas; script and output in
/// tests/OutcomesLab.Core.Tests/Fixtures/reference/table1), suppression masks derived by hand.
/// </summary>
public sealed class Table1CommandTests
{
    private static readonly string Sim = RepositoryPaths.Combine("data", "simulated_cohort.csv");
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv");

    [Fact]
    public void Simulated_cohort_json_matches_R()
    {
        var (code, output, err) = CliRunner.Run("table1", "--input", Sim, "--group", "arm", "--variables", "age,sex,dose_mg,site,eq_vas", "--nonnormal", "dose_mg", "--p-values", "--order", "appearance", "--format", "json");
        Assert.True(code == 0, err);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(["buprenorphine", "xr-naltrexone", "methadone"], json["arms"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal([194, 207, 199], json["n"]!.AsArray().Select(a => a!.GetValue<int>()));
        var age = json["variables"]![0]!;
        Assert.Equal("continuous", age["type"]!.GetValue<string>());

        // R (sim_three_arms.json): mean age buprenorphine 37.4742268041237, SD 9.70827624439131;
        // oneway.test F 1.49851908867472, p 0.22430013761562.
        NumericAssert.Close(37.4742268041237, age["stats"]![0]!["mean"]!.GetValue<double>(), what: "mean age");
        NumericAssert.Close(9.70827624439131, age["stats"]![0]!["sd"]!.GetValue<double>(), what: "SD age");
        NumericAssert.Close(1.49851908867472, age["test"]!["statistic"]!.GetValue<double>(), what: "F");
        NumericAssert.Close(0.22430013761562, age["test"]!["p"]!.GetValue<double>(), what: "p");
        var site = json["variables"]![3]!;
        Assert.Equal(8, site["levels"]!.AsArray().Count);
        Assert.Equal(2, site["smd_vs_first"]!.AsArray().Count);
        Assert.Null(json["suppression"]);
    }

    [Fact]
    public void Addicts_prison_and_dose_by_clinic_match_R()
    {
        var (code, output, err) = CliRunner.Run("table1", "--input", Addicts, "--group", "clinic", "--variables", "prison,mdose", "--categorical", "prison", "--exact", "prison", "--p-values", "--format", "json");
        Assert.True(code == 0, err);
        var json = JsonNode.Parse(output)!;
        Assert.Equal([163, 75], json["n"]!.AsArray().Select(a => a!.GetValue<int>()));
        var prison = json["variables"]![0]!;
        Assert.Equal(["0", "1"], prison["levels"]!.AsArray().Select(l => l!["level"]!.GetValue<string>()));

        // R (addicts_clinic.json): fisher.test p 0.781645981119385; oneway.test on mdose F 5.24398447069755.
        NumericAssert.Close(0.781645981119385, prison["test"]!["p"]!.GetValue<double>(), what: "Fisher p");
        var mdose = json["variables"]![1]!;
        NumericAssert.Close(5.24398447069755, mdose["test"]!["statistic"]!.GetValue<double>(), what: "F");
        Assert.Equal(236, mdose["test"]!["df2"]!.GetValue<int>());
    }

    [Fact]
    public void Suppression_hides_small_counts_their_complements_and_percentages()
    {
        // mo_w24 by arm (sorted arms buprenorphine, methadone, xr-naltrexone): level 4 = 7, 5, 2 (14),
        // level 5 = 1, 1, 4 (6): all six counts and the Overall 6 are < 11; the Overall column then holds
        // one hidden value, so its smallest other non-zero count, level 4's 14, is hidden too.
        var (code, output, err) = CliRunner.Run("table1", "--input", Sim, "--group", "arm", "--variables", "mo_w24", "--categorical", "mo_w24", "--suppress-below", "11", "--format", "json");
        Assert.True(code == 0, err);
        var levels = JsonNode.Parse(output)!["variables"]![0]!["levels"]!.AsArray();
        foreach (var l in levels.Where(l => l!["level"]!.GetValue<string>() is "4" or "5"))
        {
            Assert.All(l!["n"]!.AsArray(), n => Assert.Null(n));
            Assert.All(l!["percent"]!.AsArray(), p => Assert.Null(p));
            Assert.Null(l["overall_n"]);
        }

        Assert.Equal(133, levels[0]!["overall_n"]!.GetValue<int>());

        var (_, text, _) = CliRunner.Run("table1", "--input", Sim, "--group", "arm", "--variables", "mo_w24", "--categorical", "mo_w24", "--suppress-below", "11");
        Assert.Contains("<11", text, StringComparison.Ordinal);
        var level4 = text.Split('\n').Single(l => l.StartsWith("   4 ", StringComparison.Ordinal));
        Assert.Equal(["4", "<11", "<11", "<11", "<11"], level4.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var (_, latex, _) = CliRunner.Run("table1", "--input", Sim, "--group", "arm", "--variables", "mo_w24", "--categorical", "mo_w24", "--suppress-below", "11", "--format", "latex");
        Assert.Contains("\\textless{}11", latex, StringComparison.Ordinal);
    }

    [Fact]
    public void Statistics_of_fewer_than_K_people_and_the_extremes_are_suppressed()
    {
        // Hand: arm b has 3 ages (mean 30, SD 10); arm a has 12 (mean 41.5). With K = 5 arm b's mean
        // and SD describe fewer than 5 people and are hidden; min and max are single people's values.
        using var dir = new TempDirectory();
        var rows = Enumerable.Range(0, 12).Select(i => $"a,{36 + i}").Concat(["b,20", "b,30", "b,40"]);
        var file = dir.Write("small.csv", "arm,age\n" + string.Join("\n", rows) + "\n");
        var (code, json, err) = CliRunner.Run("table1", "--input", file, "--group", "arm", "--variables", "age", "--suppress-below", "5", "--format", "json");
        Assert.True(code == 0, err);
        var stats = JsonNode.Parse(json)!["variables"]![0]!["stats"]!.AsArray();
        Assert.Equal(41.5, stats[0]!["mean"]!.GetValue<double>());
        Assert.Null(stats[0]!["min"]);
        Assert.Null(stats[0]!["max"]);
        Assert.Null(stats[1]!["mean"]);
        Assert.Null(stats[1]!["sd"]);
        Assert.Null(stats[1]!["median"]);

        var (_, text, _) = CliRunner.Run("table1", "--input", file, "--group", "arm", "--variables", "age", "--suppress-below", "5");
        Assert.Contains("suppressed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("30.00 (10.00)", text, StringComparison.Ordinal);

        // Without suppression everything is printed, extremes included.
        var (_, plain, _) = CliRunner.Run("table1", "--input", file, "--group", "arm", "--variables", "age", "--format", "json");
        var plainStats = JsonNode.Parse(plain)!["variables"]![0]!["stats"]!.AsArray();
        Assert.Equal(30.0, plainStats[1]!["mean"]!.GetValue<double>());
        Assert.Equal(10.0, plainStats[1]!["sd"]!.GetValue<double>());
        Assert.Equal(20.0, plainStats[1]!["min"]!.GetValue<double>());
    }

    [Fact]
    public void Km_suppresses_n_events_and_at_risk_counts()
    {
        // Hand: every count in 1..10 of the km JSON becomes null, larger counts and zeros stay.
        var args = new[] { "km", "--input", Addicts, "--time", "days", "--event", "departed", "--group", "clinic", "--format", "json" };
        var (code, plain, err) = CliRunner.Run(args);
        Assert.True(code == 0, err);
        var (code2, suppressed, err2) = CliRunner.Run([.. args, "--suppress-below", "11"]);
        Assert.True(code2 == 0, err2);
        var a = JsonNode.Parse(plain)!["groups"]!.AsArray();
        var b = JsonNode.Parse(suppressed)!["groups"]!.AsArray();
        Assert.Equal(11, JsonNode.Parse(suppressed)!["suppression"]!["threshold"]!.GetValue<int>());
        var hidden = 0;
        for (var g = 0; g < a.Count; g++)
        {
            Assert.Equal(a[g]!["n"]!.GetValue<int>(), b[g]!["n"]!.GetValue<int>());
            var ta = a[g]!["table"]!.AsArray();
            var tb = b[g]!["table"]!.AsArray();
            for (var i = 0; i < ta.Count; i++)
            {
                foreach (var key in new[] { "n_risk", "n_event", "n_censor" })
                {
                    var v = ta[i]![key]!.GetValue<double>();
                    var small = v >= 1 && v <= 10;
                    hidden += small ? 1 : 0;
                    Assert.Equal(small, tb[i]![key] is null);
                }

                Assert.Equal(ta[i]!["surv"]!.GetValue<double>(), tb[i]!["surv"]!.GetValue<double>());
            }
        }

        Assert.True(hidden > 0);
        var (_, text, _) = CliRunner.Run("km", "--input", Addicts, "--time", "days", "--event", "departed", "--group", "clinic", "--suppress-below", "200");
        Assert.Contains("<200", text, StringComparison.Ordinal);
        var (bad, _, badErr) = CliRunner.Run("km", "--input", Addicts, "--time", "days", "--event", "departed", "--suppress-below", "0");
        Assert.Equal(2, bad);
        Assert.Contains("at least 2", badErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_km_writes_a_suppressed_figure()
    {
        using var dir = new TempDirectory();
        var output = dir.File("km.svg");
        var (code, _, err) = CliRunner.Run("plot", "km", "--input", Addicts, "--time", "days", "--event", "departed", "--group", "clinic", "--suppress-below", "11", "--output", output);
        Assert.True(code == 0, err);
        Assert.Contains("&lt;11", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_cif_suppresses_small_at_risk_counts()
    {
        // Oracle: R's summary(survfit(Surv(time_days, event_type > 0) ~ arm), times = c(0, 270))$n.risk
        // gives 194/199/207 at day 0 and 57/80/44 at day 270, so the risk table's later columns hold
        // a count below 50 and its first column none.
        using var dir = new TempDirectory();
        var plain = dir.File("cif.svg");
        var hidden = dir.File("cif-suppressed.svg");
        var sim = RepositoryPaths.Combine("data", "simulated_cohort.csv");
        string[] args = ["plot", "cif", "--input", sim, "--time", "time_days", "--event", "event_type", "--group", "arm"];
        var (code, _, err) = CliRunner.Run([.. args, "--output", plain]);
        Assert.True(code == 0, err);
        (code, _, err) = CliRunner.Run([.. args, "--suppress-below", "50", "--output", hidden]);
        Assert.True(code == 0, err);
        Assert.DoesNotContain("&lt;50", File.ReadAllText(plain), StringComparison.Ordinal);
        Assert.Contains("&lt;50", File.ReadAllText(hidden), StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], string[], string[]> BadInputs() => new()
    {
        { "unknown column", Utf8("arm,age\na,1\nb,2\n"), ["--group", "arm", "--variables", "age,sexx"], ["cohort.csv", "\"sexx\"", "age"] },
        { "unknown group", Utf8("arm,age\na,1\nb,2\n"), ["--group", "arms", "--variables", "age"], ["cohort.csv", "\"arms\"", "arm"] },
        { "group with one level", Utf8("arm,age\na,1\na,2\n"), ["--group", "arm", "--variables", "age"], ["cohort.csv", "column \"arm\"", "at least two groups", "\"a\""] },
        { "K below 2", Utf8("arm,age\na,1\nb,2\n"), ["--group", "arm", "--variables", "age", "--suppress-below", "1"], ["--suppress-below", "at least 2"] },
        { "nonnormal not in variables", Utf8("arm,age\na,1\nb,2\n"), ["--group", "arm", "--variables", "age", "--nonnormal", "dose"], ["--nonnormal", "dose", "--variables"] },
        { "nonnormal on a text column", Utf8("arm,sex\na,F\nb,M\n"), ["--group", "arm", "--variables", "sex", "--nonnormal", "sex"], ["cohort.csv", "column \"sex\"", "numeric"] },
        { "Fisher on a 3x2 table", Utf8("arm,site\na,x\nb,y\na,z\nb,x\n"), ["--group", "arm", "--variables", "site", "--exact", "site", "--p-values"], ["site", "2x2"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_2_with_a_located_message_and_writes_nothing(string name, byte[] content, string[] args, string[] expected)
    {
        using var dir = new TempDirectory();
        var input = dir.File("cohort.csv");
        File.WriteAllBytes(input, content);
        var output = dir.File("t1.txt");
        var (code, stdout, stderr) = CliRunner.Run(["table1", "--input", input, .. args, "--output", output]);
        Assert.True(code == 2, $"{name}: exit code {code}, stderr: {stderr}");
        foreach (var fragment in expected)
        {
            Assert.True(stderr.Contains(fragment, StringComparison.Ordinal), $"{name}: message lacks \"{fragment}\":\n{stderr}");
        }

        Assert.Equal("", stdout);
        Assert.False(File.Exists(output));
        Assert.Equal(content, File.ReadAllBytes(input));
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
