using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// The km analysis's plan key "trend" (issue 14.8): the log-rank test for trend over the arms in level
/// order. Oracle: Fixtures/reference/r/make_report_km_trend.R (R 4.2.2, survival 3.5-3) on the bundled
/// simulated cohort: U = 33.440742917930123, V = 231.53030308801834, chi-square = 4.8299651146656526,
/// p = 0.027969196553436222. The report prints 5 significant digits, so each comparison allows half a
/// unit of the last printed digit.
/// </summary>
public sealed class ReportKmTrendTests
{
    private static readonly string Cohort = RepositoryPaths.Combine("data", "simulated_cohort.csv").Replace('\\', '/');

    private static string Plan(TempDirectory dir, string extra) => dir.Write("plan.json", $$"""
        {
          "datasets": { "cohort": { "file": "{{Cohort}}" } },
          "analyses": [
            { "id": "km", "type": "km", "dataset": "cohort", "time": "time_days", "event": "event", "group": "arm"{{extra}} },
          ],
        }
        """);

    [Fact]
    public void TrendTableAndMethodsEqualR()
    {
        using var dir = new TempDirectory();
        var output = dir.File("out");
        var (code, _, err) = CliRunner.Run("report", "--plan", Plan(dir, ", \"trend\": true"), "--output", output);
        Assert.True(code == 0, err);
        var lines = File.ReadAllLines(Path.Combine(output, "tables", "km-trend.csv"));
        Assert.Equal("group,score,O,E", lines[0]);
        Assert.Equal(["buprenorphine", "methadone", "xr-naltrexone"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal(["1", "2", "3"], lines.Skip(1).Select(l => l.Split(',')[1]));

        var report = File.ReadAllText(Path.Combine(output, "report.md"));
        Assert.Contains("Test for trend: U = 33.441, V = 231.53, chi-square 4.83 on 1 df, p = 0.0280", report, StringComparison.Ordinal);
        Assert.Contains("A test for trend over the groups in the order buprenorphine, methadone, xr-naltrexone (scores 1 to 3)", report, StringComparison.Ordinal);
        Assert.Contains("Collett D. Modelling Survival Data in Medical Research", report, StringComparison.Ordinal);
    }

    [Fact]
    public void TrendWithoutATestIsAPlanError()
    {
        using var dir = new TempDirectory();
        var (code, _, err) = CliRunner.Run("report", "--plan", Plan(dir, ", \"trend\": true, \"test\": \"none\""), "--output", dir.File("out"));
        Assert.Equal(2, code);
        Assert.Contains("\"trend\"", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("out")));
    }
}
