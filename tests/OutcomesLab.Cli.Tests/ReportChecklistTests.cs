using System.Text.Json;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Issue 17: the report lists which STROBE (von Elm 2007) or CONSORT 2010 (Schulz 2010) items it
/// addresses and where; items only the authors can supply are named as such. The expected rows are
/// the guidelines' item numbers and the sections of the bundled plan that report what they ask.
/// </summary>
public sealed class ReportChecklistTests
{
    [Fact]
    public void The_bundled_report_lists_consort_for_the_trial_and_strobe_for_the_cohorts()
    {
        using var dir = new TempDirectory();
        var output = dir.File("report");
        var (code, _, err) = CliRunner.Run("report", "--output", output);
        Assert.True(code == 0, err);
        var consort = Rows(Path.Combine(output, "tables", "checklist-consort.csv"));
        var strobe = Rows(Path.Combine(output, "tables", "checklist-strobe.csv"));
        Assert.Equal(24, consort.Count);
        Assert.Equal(22, strobe.Count);
        Assert.Equal("Retention in treatment from daily dosing records (CTN-0027)", consort["13"]);
        Assert.Equal("Methods", consort["12"]);
        // The bundled plan has no Table 1 of the trial: CONSORT 15 is left to the authors.
        Assert.Equal("not in this report: for the authors to supply", consort["15"]);
        Assert.Equal("not in this report: for the authors to supply", consort["8-10"]);
        Assert.StartsWith("Baseline characteristics by arm (simulated cohort)", strobe["14"], StringComparison.Ordinal);
        Assert.DoesNotContain("CTN-0027", strobe["16"], StringComparison.Ordinal);
        Assert.Contains("Hazard of dropout by arm, adjusted (simulated cohort)", strobe["16"], StringComparison.Ordinal);
        // Absolute and relative effects of a binary outcome come from the compare section, which is a cohort analysis.
        Assert.Equal("not in this report: for the authors to supply", consort["17b"]);
        var md = File.ReadAllText(Path.Combine(output, "report.md"));
        Assert.Contains("Schulz KF, Altman DG, Moher D; CONSORT Group. CONSORT 2010 statement", md, StringComparison.Ordinal);
        Assert.Contains("von Elm E, Altman DG, Egger M, Pocock SJ, Gøtzsche PC, Vandenbroucke JP.", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[\"strob\"]", "\"strob\"", "strobe")]
    [InlineData("[{ \"name\": \"consort\", \"analyses\": [\"km-x\"] }]", "\"km-x\"", "km-c")]
    [InlineData("[\"strobe\", \"strobe\"]", "a second time", "Remove the repeated checklist")]
    public void A_wrong_checklist_is_refused_before_anything_runs(string checklists, string found, string fix)
    {
        using var dir = new TempDirectory();
        var data = JsonSerializer.Serialize(RepositoryPaths.Combine("data", "simulated_cohort.csv"));
        var plan = dir.Write("plan.json", $$"""
            { "checklists": {{checklists}}, "datasets": { "c": { "file": {{data}} } },
              "analyses": [ { "id": "km-c", "type": "km", "dataset": "c", "time": "time_days", "event": "event" } ] }
            """);
        var (code, _, err) = CliRunner.Run("report", "--plan", plan, "--output", dir.File("out"));
        Assert.Equal(2, code);
        Assert.Contains(found, err, StringComparison.Ordinal);
        Assert.Contains(fix, err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    private static Dictionary<string, string> Rows(string csv)
    {
        using var reader = new StreamReader(csv);
        using var parser = new CsvHelper.CsvParser(reader, System.Globalization.CultureInfo.InvariantCulture);
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        parser.Read();
        while (parser.Read())
        {
            rows[parser[0]] = parser[2];
        }

        return rows;
    }
}
