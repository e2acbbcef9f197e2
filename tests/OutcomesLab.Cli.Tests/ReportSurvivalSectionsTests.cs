using System.Globalization;
using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// The cox and cif sections of <c>outcomeslab report</c> against R: survival 3.5-3 <c>coxph</c> +
/// <c>cox.zph</c> on addicts and cmprsk 2.2-11 <c>cuminc</c> + <c>timepoints</c> on the simulated cohort
/// (fixtures made by Fixtures/reference/r/make_report_cox_cif.R). The report prints rounded numbers,
/// so each comparison allows half a unit of the last printed digit.
/// </summary>
public sealed class ReportSurvivalSectionsTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv").Replace('\\', '/');
    private static readonly string Cohort = RepositoryPaths.Combine("data", "simulated_cohort.csv").Replace('\\', '/');

    private static string RunPlan(TempDirectory dir)
    {
        var plan = dir.Write("plan.json", $$"""
            {
              "datasets": { "addicts": { "file": "{{Addicts}}" }, "cohort": { "file": "{{Cohort}}" } },
              "analyses": [
                { "id": "cox", "type": "cox", "dataset": "addicts", "time": "days", "event": "departed", "covariates": ["prison", "mdose"], "strata": "clinic" },
                { "id": "cif", "type": "cif", "dataset": "cohort", "time": "time_days", "event": "event_type", "group": "arm", "times": [90, 180, 365],
                  "causes": { "1": "dropout", "2": "transfer", "3": "death" } },
              ],
            }
            """);
        var output = dir.File("out");
        var (code, _, err) = CliRunner.Run("report", "--plan", plan, "--output", output);
        Assert.True(code == 0, err);
        return output;
    }

    private static List<string[]> Csv(string path) => [.. File.ReadAllLines(path).Select(l => l.Split(','))];

    private static double N(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double V(JsonNode node, string key, int i) => ReferenceFixture.Numbers(node[key])[i]!.Value;

    [Fact]
    public void Cox_section_equals_R_coxph_and_cox_zph()
    {
        using var dir = new TempDirectory();
        var output = RunPlan(dir);
        var r = ReferenceFixture.Survival("addicts_cox_prison_mdose_strata_clinic");
        var rows = Csv(Path.Combine(output, "tables", "cox-coefficients.csv"));
        Assert.Equal(["term", "HR", "95% CI", "coef", "SE", "p"], rows[0]);
        for (var i = 0; i < 2; i++)
        {
            var row = rows[i + 1];
            Assert.Equal(r["terms"]![i]!.GetValue<string>(), row[0]);
            NumericAssert.Close(V(r, "hr", i), N(row[1]), rel: 5e-4, abs: 0, what: "HR (4 significant digits)");
            var ci = row[2].Split(" to ");
            NumericAssert.Close(V(r, "hr_lower", i), N(ci[0]), rel: 5e-4, abs: 0, what: "HR lower");
            NumericAssert.Close(V(r, "hr_upper", i), N(ci[1]), rel: 5e-4, abs: 0, what: "HR upper");
            NumericAssert.Close(V(r, "coef", i), N(row[3]), rel: 5e-5, abs: 0, what: "coef (5 significant digits)");
            NumericAssert.Close(V(r, "se", i), N(row[4]), rel: 5e-4, abs: 0, what: "SE");
            var p = V(r, "p", i);
            if (p < 0.0001)
            {
                Assert.Equal("<0.0001", row[5]);
            }
            else
            {
                NumericAssert.Close(p, N(row[5]), rel: 0, abs: 5e-5, what: "p (4 decimals)");
            }
        }

        var tests = Csv(Path.Combine(output, "tables", "cox-tests.csv"));
        Assert.Equal("likelihood ratio", tests[1][0]);
        NumericAssert.Close(V(r, "lr", 0), N(tests[1][1]), rel: 5e-5, abs: 0, what: "LR chi-square");
        Assert.Equal("2", tests[1][2]);

        var zph = Csv(Path.Combine(output, "tables", "cox-ph-test.csv"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(r["zph_terms"]![i]!.GetValue<string>(), zph[i + 1][0]);
            NumericAssert.Close(V(r, "zph_chisq", i), N(zph[i + 1][1]), rel: 5e-5, abs: 0, what: "cox.zph chi-square");
            NumericAssert.Close(V(r, "zph_p", i), N(zph[i + 1][3]), rel: 0, abs: 5e-5, what: "cox.zph p");
        }

        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains($"concordance {V(r, "concordance", 0).ToString("0.000", CultureInfo.InvariantCulture)}", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Cif_section_equals_R_cmprsk_cuminc()
    {
        using var dir = new TempDirectory();
        var output = RunPlan(dir);
        var r = ReferenceFixture.Survival("cohort_cuminc_by_arm");
        var lines = File.ReadAllLines(Path.Combine(output, "tables", "cif-incidence.csv")).Skip(1).ToList();
        var causes = new[] { "dropout", "transfer", "death" };
        var curves = r["curves"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        foreach (var line in lines)
        {
            var cells = line.Split(",\"");
            var head = cells[0].Split(',');
            var curve = curves.IndexOf($"{head[1]} {Array.IndexOf(causes, head[0]) + 1}");
            Assert.True(curve >= 0, line);
            for (var t = 0; t < 3; t++)
            {
                var estimate = N(cells[t + 1].Split(' ')[0]);
                NumericAssert.Close(ReferenceFixture.Numbers(r["est"]![curve])[t], estimate, rel: 0, abs: 5e-4 + 1e-12, what: $"{head[0]} {head[1]} F({r["times"]![t]})");
            }
        }

        Assert.Equal(9, lines.Count);
        var gray = Csv(Path.Combine(output, "tables", "cif-gray.csv"));
        for (var c = 0; c < 3; c++)
        {
            Assert.Equal(causes[c], gray[c + 1][0]);
            NumericAssert.Close(V(r, "gray_stat", c), N(gray[c + 1][1]), rel: 5e-5, abs: 0, what: "Gray statistic");
            var p = V(r, "gray_p", c);
            if (p < 0.0001)
            {
                Assert.Equal("<0.0001", gray[c + 1][3]);
            }
            else
            {
                NumericAssert.Close(p, N(gray[c + 1][3]), rel: 0, abs: 5e-5, what: "Gray p");
            }
        }
    }
}
