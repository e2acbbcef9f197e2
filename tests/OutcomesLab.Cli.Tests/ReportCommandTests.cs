using System.Globalization;
using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>outcomeslab report</c>: the bundled plan runs and writes every file; the km section on the
/// addicts data equals R (survival 3.5-3, fixture survival/addicts_km_by_clinic.json made by
/// Fixtures/reference/r/make_addicts_km.R); tables and SVGs are byte-identical across runs and
/// cultures; --force, input-folder and small-cell suppression rules.
/// </summary>
public sealed class ReportCommandTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv").Replace('\\', '/');

    private static string AddictsPlan(string extra = "", string kmExtra = "") => $$"""
        {
          "title": "Addicts",{{extra}}
          "datasets": { "addicts": { "file": "{{Addicts}}" } },
          "analyses": [
            { "id": "km-addicts", "type": "km", "dataset": "addicts", "time": "days", "event": "departed", "group": "clinic",
              "times": [180, 365, 730], "tau": 730, "tick_step": 180{{kmExtra}} }
          ]
        }
        """;

    private static List<string[]> Csv(string path) =>
        [.. File.ReadAllLines(path).Select(SplitCsv)];

    private static string[] SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static double N(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double? R(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && s == "NA" ? null : ReferenceFixture.Number(node);

    [Fact]
    public void Bundled_plan_runs_without_arguments_and_writes_every_file()
    {
        using var dir = new TempDirectory();
        var output = dir.File("outcomeslab-report");
        var (code, stdout, err) = CliRunner.Run("report", "--output", output);
        Assert.True(code == 0, err);
        Assert.Contains("report.html", stdout, StringComparison.Ordinal);
        foreach (var file in new[] { "report.html", "report.md", "provenance.json", "tables/table1.csv", "tables/table1.tex", "tables/km-addicts-summary.csv", "tables/cox-addicts-coefficients.csv", "tables/cif-cohort-incidence.csv", "figures/km-addicts.png", "figures/km-addicts.svg", "figures/cox-cohort.svg", "figures/cif-cohort.png" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), $"missing {file}");
        }

        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        var figures = Directory.GetFiles(Path.Combine(output, "figures"), "*.svg").Length;
        Assert.Equal(figures, CountOf(html, "<img src=\"data:image/svg+xml;base64,"));
        Assert.Equal(figures, CountOf(html, "<figcaption>"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(R survival conf.type = &quot;log&quot;)", html, StringComparison.Ordinal);
        Assert.Contains("Efron&#39;s method", html, StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(output, "report.md"));
        Assert.Contains("](figures/km-addicts.png)", markdown, StringComparison.Ordinal);
        Assert.Contains("Kaplan EL, Meier P.", markdown, StringComparison.Ordinal);
        var provenance = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "provenance.json")))!;
        Assert.Equal("outcomeslab", provenance["tool"]!.GetValue<string>());
        Assert.Equal(64, provenance["plan"]!["sha256"]!.GetValue<string>().Length);
        Assert.NotNull(provenance["plan"]!["content"]!["analyses"]);
        Assert.Contains(provenance["inputs"]!.AsArray(), i => i!["dataset"]!.GetValue<string>() == "addicts" && i["sha256"]!.GetValue<string>() == "73757aac07af6a25207d7675a976293c5ebd17a6f466f898dc9b4866f1e70977");
        Assert.Equal(20260101, provenance["seed"]!.GetValue<int>());
        Assert.Empty(Directory.GetDirectories(dir.Path, ".*"));
    }

    [Fact]
    public void Km_section_on_addicts_equals_R_survfit_and_survdiff()
    {
        using var dir = new TempDirectory();
        var plan = dir.Write("plan.json", AddictsPlan());
        var output = dir.File("out");
        var (code, _, err) = CliRunner.Run("report", "--plan", plan, "--output", output);
        Assert.True(code == 0, err);
        var r = ReferenceFixture.Survival("addicts_km_by_clinic");
        var summary = Csv(Path.Combine(output, "tables", "km-addicts-summary.csv"));
        Assert.Equal(["group", "n", "events", "median", "95% CI", "S(180) [95% CI]", "S(365) [95% CI]", "S(730) [95% CI]", "RMST(730) (SE)"], summary[0]);
        for (var g = 0; g < 2; g++)
        {
            var expected = r["groups"]![g]!;
            var row = summary[g + 1];
            Assert.Equal(expected["group"]!.GetValue<string>(), row[0]);
            Assert.Equal(expected["n"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), row[1]);
            Assert.Equal(expected["events"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), row[2]);
            var median = R(expected["median"]);
            Assert.Equal(median is null ? "not reached" : median.Value.ToString(CultureInfo.InvariantCulture), row[3]);
            var ci = row[4].Split(" to ");
            NumericAssert.Close(R(expected["median_lower"]), ci[0] == "NA" ? null : N(ci[0]), what: "median lower");
            NumericAssert.Close(R(expected["median_upper"]), ci[1] == "NA" ? null : N(ci[1]), what: "median upper");
            for (var l = 0; l < 3; l++)
            {
                // Printed with three decimals: the tolerance is half a unit of the last printed digit.
                var landmark = expected["landmarks"]![l]!;
                var parts = row[5 + l].Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Split(' ');
                NumericAssert.Close(R(landmark["surv"]), N(parts[0]), rel: 0, abs: 5e-4 + 1e-12, what: $"S group {g} landmark {l}");
                NumericAssert.Close(R(landmark["lower"]), N(parts[1]), rel: 0, abs: 5e-4 + 1e-12, what: $"lower group {g} landmark {l}");
                NumericAssert.Close(R(landmark["upper"]), N(parts[2]), rel: 0, abs: 5e-4 + 1e-12, what: $"upper group {g} landmark {l}");
            }

            // RMST printed with 4 significant digits, its SE with 3.
            var rmst = row[8].Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal).Split(' ');
            NumericAssert.Close(R(expected["rmst"]), N(rmst[0]), rel: 5e-4, abs: 0, what: "RMST");
            NumericAssert.Close(R(expected["rmst_se"]), N(rmst[1]), rel: 5e-3, abs: 0, what: "RMST SE");
        }

        var test = Csv(Path.Combine(output, "tables", "km-addicts-test.csv"));
        Assert.Equal(["group", "n", "O", "E"], test[0]);
        var lr = r["logrank"]!;
        for (var g = 0; g < 2; g++)
        {
            NumericAssert.Close(ReferenceFixture.Numbers(lr["observed"])[g], N(test[g + 1][2]), what: "observed");
            NumericAssert.Close(ReferenceFixture.Numbers(lr["expected"])[g], N(test[g + 1][3]), rel: 5e-5, abs: 0, what: "expected (5 significant digits)");
        }

        var html = File.ReadAllText(Path.Combine(output, "report.html"));
        var chisq = ReferenceFixture.Number(lr["chisq"])!.Value;
        Assert.Contains($"Log-rank test: chi-square {chisq.ToString("G5", CultureInfo.InvariantCulture)} on 1 df", html, StringComparison.Ordinal);

        var atRisk = Csv(Path.Combine(output, "tables", "km-addicts-at-risk.csv"));
        Assert.Equal(["block", "group", "0", "180", "360", "540", "720", "900", "1080"], atRisk[0]);
        NumericAssert.Close(R(r["groups"]![0]!["landmarks"]![0]!["n_risk"]), N(atRisk[1][3]), what: "n at risk at 180 days, clinic 1");
    }

    [Fact]
    public void Figures_formats_adds_pdf_eps_and_tiff_files_and_a_bad_format_is_refused()
    {
        using var dir = new TempDirectory();
        var plan = dir.Write("plan.json", AddictsPlan("\n  \"figures\": { \"preset\": \"journal-single\", \"dpi\": 100, \"formats\": [\"pdf\", \"eps\", \"tiff\"] },"));
        var output = dir.File("out");
        var (code, _, err) = CliRunner.Run("report", "--plan", plan, "--output", output);
        Assert.True(code == 0, err);
        var figures = Path.Combine(output, "figures");
        Assert.StartsWith("%PDF-", File.ReadAllText(Path.Combine(figures, "km-addicts.pdf"))[..5], StringComparison.Ordinal);
        Assert.StartsWith("%!PS-Adobe-3.0 EPSF-3.0", File.ReadAllText(Path.Combine(figures, "km-addicts.eps")), StringComparison.Ordinal);
        Assert.Equal("II*\0"u8.ToArray(), File.ReadAllBytes(Path.Combine(figures, "km-addicts.tif"))[..4]);
        Assert.Contains("figures/km-addicts.eps", File.ReadAllText(Path.Combine(output, "provenance.json")), StringComparison.Ordinal);

        var bad = dir.Write("bad.json", AddictsPlan("\n  \"figures\": { \"formats\": [\"jpeg\"] },"));
        (code, _, err) = CliRunner.Run("report", "--plan", bad, "--output", dir.File("bad-out"));
        Assert.Equal(2, code);
        Assert.Contains("\"jpeg\"", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("bad-out")));
    }

    [Fact]
    public void Suppress_below_hides_small_counts_in_the_km_tables()
    {
        using var dir = new TempDirectory();
        var plan = dir.Write("plan.json", AddictsPlan("\n  \"suppress_below\": 50,"));
        var output = dir.File("out");
        var (code, _, err) = CliRunner.Run("report", "--plan", plan, "--output", output);
        Assert.True(code == 0, err);
        var atRisk = Csv(Path.Combine(output, "tables", "km-addicts-at-risk.csv"));

        // R: summary(survfit(Surv(days, departed) ~ clinic, data = d), times = c(0, 180, 360, 540, 720, 900, 1080), extend = TRUE)$n.risk
        // is 163, 116, 75, 42, 19, 1, 0 for clinic 1 and 75, 59, 47, 35, 17, 7, 0 for clinic 2 (the axis ends on the
        // tick after the last time, 1076 days; 0 is not suppressed).
        Assert.Equal(["at risk", "1", "163", "116", "75", "<50", "<50", "<50", "0"], atRisk[1]);
        Assert.Equal(["at risk", "2", "75", "59", "<50", "<50", "<50", "<50", "0"], atRisk[2]);
        var summary = Csv(Path.Combine(output, "tables", "km-addicts-summary.csv"));
        Assert.Equal("<50", summary[2][2]);
        var md = File.ReadAllText(Path.Combine(output, "report.md"));
        Assert.Contains("counts from 1 to 49 are shown as \"<50\"", md, StringComparison.Ordinal);
        Assert.Contains("&lt;50", File.ReadAllText(Path.Combine(output, "figures", "km-addicts.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void Same_plan_gives_byte_identical_tables_and_svgs_on_a_second_run_and_under_de_DE_and_tr_TR()
    {
        using var dir = new TempDirectory();
        var baseline = dir.File("base");
        Assert.Equal(0, CliRunner.Run("report", "--output", baseline).Code);
        foreach (var (name, culture) in new[] { ("again", "en-US"), ("de", "de-DE"), ("tr", "tr-TR") })
        {
            var output = dir.File(name);
            var (code, _, err) = CliRunner.RunUnderCulture(culture, "report", "--output", output);
            Assert.True(code == 0, err);
            foreach (var file in Directory.GetFiles(baseline, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".svg", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)))
            {
                var relative = Path.GetRelativePath(baseline, file);
                Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, relative))), $"{relative} differs under {culture}");
            }
        }
    }

    [Fact]
    public void Hidden_folders_left_by_killed_runs_are_removed_once_their_process_is_gone()
    {
        using var dir = new TempDirectory();
        var plan = dir.Write("plan.json", AddictsPlan());
        var output = dir.File("out");

        // 999999999 is above Linux's pid_max (2^22) and Windows' range in practice: no such process.
        string[] abandoned = [".out.999999999-0a1b.tmp", ".out.999999999-0a1c.old"];
        // Kept: a live process, no process id, another folder's name, and one without OutcomesLab's marker.
        string[] kept = [$".out.{Environment.ProcessId}-0a1d.tmp", ".out.0a1e.tmp", ".other.999999999-0a1f.tmp", ".out.999999999-0a20.tmp"];
        foreach (var name in abandoned.Concat(kept))
        {
            Directory.CreateDirectory(Path.Combine(dir.Path, name));
            File.WriteAllText(Path.Combine(dir.Path, name, "report.md"), "partial");
            if (name != kept[^1])
            {
                File.WriteAllText(Path.Combine(dir.Path, name, ".outcomeslab-report.json"), "{\"tool\": \"outcomeslab\", \"format_version\": 1, \"complete\": false, \"files\": []}");
            }
        }

        var (code, _, err) = CliRunner.Run("report", "--plan", plan, "--output", output);
        Assert.True(code == 0, err);
        Assert.True(File.Exists(Path.Combine(output, "report.html")));
        Assert.Equal(
            [.. kept.Order(StringComparer.Ordinal)],
            Directory.GetDirectories(dir.Path, ".*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Existing_folder_of_user_files_is_never_replaced_and_an_empty_one_is_used()
    {
        using var dir = new TempDirectory();
        var plan = dir.Write("plan.json", AddictsPlan());
        var output = dir.File("out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "old.txt"), "keep me");
        foreach (var force in new[] { false, true })
        {
            var (code, stdout, err) = force ? CliRunner.Run("report", "--plan", plan, "--output", output, "--force") : CliRunner.Run("report", "--plan", plan, "--output", output);
            Assert.Equal(2, code);
            Assert.Contains("it is not a report folder OutcomesLab wrote (it has no .outcomeslab-report.json); it holds old.txt", err, StringComparison.Ordinal);
            Assert.Equal("", stdout);
            Assert.Equal("keep me", File.ReadAllText(Path.Combine(output, "old.txt")));
        }

        Assert.Equal(["out", "plan.json"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // An empty existing folder is used without --force.
        var empty = dir.File("empty");
        Directory.CreateDirectory(empty);
        Assert.Equal(0, CliRunner.Run("report", "--plan", plan, "--output", empty).Code);
    }

    [Fact]
    public void Output_folder_that_contains_an_input_is_refused_even_with_force()
    {
        using var dir = new TempDirectory();
        File.Copy(Addicts, dir.File("addicts.csv"));
        var plan = dir.Write("plan.json", AddictsPlan().Replace(Addicts, "addicts.csv", StringComparison.Ordinal));
        var before = Directory.EnumerateFileSystemEntries(dir.Path).Order(StringComparer.Ordinal).ToList();
        var (code, _, err) = CliRunner.Run("report", "--plan", plan, "--output", dir.Path, "--force");
        Assert.Equal(2, code);
        Assert.Contains("holds the input file", err, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(dir.Path).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Failure_during_the_run_leaves_nothing_under_the_final_name()
    {
        using var dir = new TempDirectory();
        var plan = dir.Write("plan.json", AddictsPlan(kmExtra: ", \"group\": \"clinik\"").Replace("\"group\": \"clinic\",", "", StringComparison.Ordinal));
        var output = dir.File("out");
        var (code, _, err) = CliRunner.Run("report", "--plan", plan, "--output", output);
        Assert.Equal(2, code);
        Assert.Contains("found \"clinik\". Did you mean \"clinic\"?", err, StringComparison.Ordinal);
        Assert.Equal(["plan.json"], Directory.EnumerateFileSystemEntries(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Plan_keys_lists_every_kind_and_the_docs_are_current()
    {
        var (code, stdout, _) = CliRunner.Run("plan", "keys");
        Assert.Equal(0, code);
        foreach (var kind in ReportAnalysisKinds.All)
        {
            Assert.Contains($"type \"{kind.Type}\"", stdout, StringComparison.Ordinal);
        }

        var doc = File.ReadAllText(RepositoryPaths.Combine("docs", "analysis-plan.md")).ReplaceLineEndings("\n");
        var start = doc.IndexOf(PlanKeysDocument.BeginMarker, StringComparison.Ordinal);
        var end = doc.IndexOf(PlanKeysDocument.EndMarker, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/analysis-plan.md lacks the generated-keys markers");
        var generated = doc[(start + PlanKeysDocument.BeginMarker.Length)..end].Trim('\n');
        Assert.True(
            generated == PlanKeysDocument.Render(OutputFormat.Markdown).Trim('\n'),
            "docs/analysis-plan.md is stale: paste the output of 'outcomeslab plan keys --format markdown' between its markers.");
    }

    [Fact]
    public void Methods_number_citations_in_order_of_first_use_and_list_each_once()
    {
        var a = new ReportSection("a", "A") { Methods = ["X [k1; k2].", "Y [k2]."], Citations = [new("k1", "One"), new("k2", "Two")] };
        var b = new ReportSection("b", "B") { Methods = ["Z [k3; k1] and [unknown]."], Citations = [new("k3", "Three"), new("k1", "One")] };
        var methods = ReportMethods.From([a, b]);
        Assert.Equal(["X [1, 2]. Y [2].", "Z [3, 1] and [unknown]."], methods.Paragraphs);
        Assert.Equal(["One", "Two", "Three"], methods.References.Select(r => r.Text));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
