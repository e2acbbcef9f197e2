using System.Globalization;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// The report's cif analysis with the plan keys <c>gray_rho</c>, <c>strata</c> and <c>conf_type</c>, against R:
/// cmprsk 2.2-11 <c>cuminc(..., strata = site, rho = 1)</c>, <c>timepoints</c> and survival 3.5-3's
/// <c>survfit_confint(conf.type = "log-log")</c> on the simulated cohort (fixture made by
/// Fixtures/reference/r/make_report_cif_options.R). The report prints rounded numbers, so each comparison
/// allows half a unit of the last printed digit.
/// </summary>
public sealed class ReportCifOptionsTests
{
    private static readonly string Cohort = RepositoryPaths.Combine("data", "simulated_cohort.csv").Replace('\\', '/');

    private static string Plan(TempDirectory dir, string extra, string group = "\"group\": \"arm\", ") => dir.Write("plan.json", $$"""
        {
          "datasets": { "cohort": { "file": "{{Cohort}}" } },
          "analyses": [
            { "id": "cif", "type": "cif", "dataset": "cohort", "time": "time_days", "event": "event_type", {{group}}"times": [90, 180, 365],
              "causes": { "1": "dropout", "2": "transfer", "3": "death" }{{extra}} },
          ],
        }
        """);

    private static double N(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void Gray_rho_strata_and_conf_type_keys_reproduce_R()
    {
        using var dir = new TempDirectory();
        var output = dir.File("out");
        var (code, _, err) = CliRunner.Run("report", "--plan", Plan(dir, ", \"gray_rho\": 1, \"strata\": \"site\", \"conf_type\": \"log-log\""), "--output", output);
        Assert.True(code == 0, err);
        var r = ReferenceFixture.Survival("cohort_cuminc_by_arm_strata_site_rho1");
        var causes = new[] { "dropout", "transfer", "death" };
        var curves = r["curves"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        var lines = File.ReadAllLines(Path.Combine(output, "tables", "cif-incidence.csv")).Skip(1).ToList();
        Assert.Equal(9, lines.Count);
        foreach (var line in lines)
        {
            var cells = line.Split(",\"");
            var head = cells[0].Split(',');
            var curve = curves.IndexOf($"{head[1]} {Array.IndexOf(causes, head[0]) + 1}");
            Assert.True(curve >= 0, line);
            for (var t = 0; t < 3; t++)
            {
                var parts = cells[t + 1].TrimEnd('"').Split([' ', '[', ']', ','], StringSplitOptions.RemoveEmptyEntries);
                var what = $"{head[0]} {head[1]} at {r["times"]![t]}";
                NumericAssert.Close(ReferenceFixture.Numbers(r["est"]![curve])[t], N(parts[0]), rel: 0, abs: 5e-4 + 1e-12, what: what + " estimate");
                foreach (var (key, i) in new[] { ("lower", 1), ("upper", 2) })
                {
                    var expected = ReferenceFixture.Numbers(r[key]![curve])[t];
                    if (expected is null)
                    {
                        Assert.Equal("NA", parts[i]);
                    }
                    else
                    {
                        NumericAssert.Close(expected, N(parts[i]), rel: 0, abs: 5e-4 + 1e-12, what: $"{what} log-log {key}");
                    }
                }
            }
        }

        var gray = File.ReadAllLines(Path.Combine(output, "tables", "cif-gray.csv")).Select(l => l.Split(',')).ToList();
        for (var c = 0; c < 3; c++)
        {
            Assert.Equal(causes[c], gray[c + 1][0]);
            NumericAssert.Close(ReferenceFixture.Numbers(r["gray_stat"])[c], N(gray[c + 1][1]), rel: 5e-5, abs: 0, what: "Gray statistic");
        }

        var md = File.ReadAllText(Path.Combine(output, "report.md"));
        Assert.Contains("Gray's test between groups (rho = 1, stratified by site)", md, StringComparison.Ordinal);
        Assert.Contains("log-log transform", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(", \"gray_rho\": 1", "\"gray_rho\" applies to Gray's test, which compares groups")]
    [InlineData(", \"strata\": \"site\"", "\"strata\" applies to Gray's test, which compares groups")]
    public void Gray_keys_without_a_group_are_refused_with_exit_2(string extra, string expected)
    {
        using var dir = new TempDirectory();
        var (code, _, err) = CliRunner.Run("report", "--plan", Plan(dir, extra, group: ""), "--output", dir.File("out"));
        Assert.Equal(2, code);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("out")));
    }
}
