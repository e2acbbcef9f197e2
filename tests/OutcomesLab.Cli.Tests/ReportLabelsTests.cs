using System.Text.Json;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Issue 17: the methods, captions and Table 1 read as a paper (variable and value labels from the plan,
/// dataset labels also for derived data, denominators named, doses of different drugs not pooled,
/// complete Vancouver references including OutcomesLab itself).
/// </summary>
public sealed class ReportLabelsTests
{
    [Fact]
    public void The_bundled_report_names_variables_values_data_and_denominators_by_their_labels()
    {
        using var dir = new TempDirectory();
        var output = dir.File("report");
        var (code, _, err) = CliRunner.Run("report", "--output", output);
        Assert.True(code == 0, err);
        var md = File.ReadAllText(Path.Combine(output, "report.md"));

        Assert.Contains("Time to dropout, measured as time in treatment (days), in the simulated MOUD cohort (600 subjects) was estimated by treatment arm", md, StringComparison.Ordinal);
        Assert.Contains("Hazard ratios of leaving the clinic, with time measured as time in methadone maintenance (days), in the Sydney methadone maintenance cohort", md, StringComparison.Ordinal);
        Assert.Contains("with covariates prison record, methadone dose (mg/day), stratified by clinic", md, StringComparison.Ordinal);
        Assert.Contains("in the CTN-0027 START trial (1247 patients dosed on or after their index day)", md, StringComparison.Ordinal);
        Assert.DoesNotContain("dataset retention-ctn0027", md, StringComparison.Ordinal);
        Assert.DoesNotContain("event event", md, StringComparison.Ordinal);

        // Table 1: labels, value labels, and the dose of three different drugs summarised within arms only.
        Assert.Contains("| age (years), mean (SD) |", md, StringComparison.Ordinal);
        Assert.Contains("|    female |", md, StringComparison.Ordinal);
        var dose = md.Split('\n').Single(l => l.StartsWith("| dose of own medication (mg), median [IQR] |", StringComparison.Ordinal));
        var cells = dose.Split('|').Select(c => c.Trim()).ToArray();
        // | label | methadone | buprenorphine | XR-naltrexone | overall | p | SMD |
        Assert.All(cells[2..5], c => Assert.NotEqual("", c));
        Assert.Equal(["", "", ""], cells[5..8]);
        Assert.Contains("was summarised within each arm only and not pooled or compared across arms", md, StringComparison.Ordinal);

        // Denominators that differ between sections are named in each table.
        Assert.Contains("*n: patients dosed on or after their index day; CI: pointwise", md, StringComparison.Ordinal);
        Assert.Contains("*n: every patient of the index (", md, StringComparison.Ordinal);

        // Complete references: the value set's publication and OutcomesLab itself.
        Assert.Contains("Devlin NJ, Shah KK, Feng Y, Mulhern B, van Hout B. Valuing health-related quality of life: an EQ-5D-5L value set for England. Health Econ. 2018;27(1):7-22. doi:10.1002/hec.3564", md, StringComparison.Ordinal);
        Assert.Contains($"OutcomesLab contributors. {ToolVersion.Title} [software]. Version {ToolVersion.Current}", md, StringComparison.Ordinal);
        Assert.Contains("Hser YI, Saxon AJ, Huang D, et al. Treatment retention among patients randomized to buprenorphine/naloxone compared to methadone in a multi-site trial. Addiction. 2014;109(1):79-87.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void The_software_reference_agrees_with_CITATION_cff()
    {
        var cff = File.ReadAllLines(RepositoryPaths.Combine("CITATION.cff"));
        Assert.Contains($"title: \"{ToolVersion.Title}\"", cff);
        Assert.Contains($"version: {ToolVersion.Current}", cff);
        Assert.Single(cff, l => l.StartsWith($"date-released: {ToolVersion.ReleaseYear}-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_for_a_column_the_dataset_lacks_is_refused_with_its_place_in_the_plan()
    {
        using var dir = new TempDirectory();
        var data = JsonSerializer.Serialize(RepositoryPaths.Combine("data", "simulated_cohort.csv"));
        var plan = dir.Write("plan.json", $$"""
            { "datasets": { "c": { "file": {{data}}, "labels": { "time_day": "time in treatment (days)" } } },
              "analyses": [ { "id": "km", "type": "km", "dataset": "c", "time": "time_days", "event": "event" } ] }
            """);
        var (code, _, err) = CliRunner.Run("report", "--plan", plan, "--output", dir.File("out"));
        Assert.Equal(2, code);
        Assert.Contains("\"time_day\"", err, StringComparison.Ordinal);
        Assert.Contains("\"labels\"", err, StringComparison.Ordinal);
        Assert.Contains("time_days", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public void Table1_within_arms_keeps_the_arm_cells_and_drops_the_overall_p_and_smd()
    {
        string[] args = ["table1", "--input", RepositoryPaths.Combine("data", "simulated_cohort.csv"), "--group", "arm", "--variables", "age,dose_mg", "--nonnormal", "dose_mg", "--p-values", "--format", "markdown"];
        var plain = CliRunner.Run(args);
        var within = CliRunner.Run([.. args, "--within-arms", "dose_mg"]);
        Assert.True(plain.Code == 0 && within.Code == 0, plain.Err + within.Err);
        // | characteristic | 3 arms | Overall | p | SMD |
        string[] Row(string markdown, string start) => markdown.Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal)).Split('|').Select(c => c.Trim()).ToArray()[1..^1];
        var a = Row(plain.Out, "| dose_mg,");
        var b = Row(within.Out, "| dose_mg,");
        Assert.Equal(7, a.Length);
        Assert.Equal(a[..4], b[..4]);
        Assert.All(a[4..], c => Assert.NotEqual("", c));
        Assert.All(b[4..], c => Assert.Equal("", c));
        Assert.Equal(Row(plain.Out, "| age,"), Row(within.Out, "| age,"));

        var stray = CliRunner.Run([.. args, "--within-arms", "eq_vas"]);
        Assert.Equal(2, stray.Code);
        Assert.Contains("--within-arms names eq_vas", stray.Err, StringComparison.Ordinal);
    }
}
