using System.Globalization;
using System.Text.Json.Nodes;
using OutcomesLab.Reporting.Plans;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Reporting.Tests;

/// <summary>
/// The library API of issue 15 (<c>AnalysisPlan.Load</c> -> <c>Report.Run</c> -> <c>ReportResult.WriteTo</c>),
/// without the CLI. Oracle: Fixtures/reference/survival/addicts_km_by_clinic.json (R 4.2.2, survival
/// 3.5-3: survfit conf.type = "log", summary at 180/365/730, RMST to 730; see PROVENANCE.md). The
/// report prints three decimals for S(t), so each comparison allows half a unit of the last digit.
/// </summary>
public sealed class ReportApiTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv").Replace('\\', '/');

    private static string Plan(TempDirectory dir, string extra = "") => dir.Write("plan.json", $$"""
        {
          "title": "Addicts",
          "datasets": { "addicts": { "file": "{{Addicts}}" } },
          "analyses": [
            { "id": "km-addicts", "type": "km", "dataset": "addicts", "time": "days", "event": "departed", "group": "clinic",
              "times": [180, 365, 730], "tau": 730{{extra}} }
          ]
        }
        """);

    [Fact]
    public void Run_gives_sections_whose_numbers_equal_R()
    {
        using var dir = new TempDirectory();
        var plan = AnalysisPlan.Load(Plan(dir));
        Assert.Equal(["km-addicts"], plan.AnalysisIds);
        Assert.Equal([Path.GetFullPath(Addicts)], plan.DatasetFiles);

        var warnings = new List<string>();
        var result = Report.Run(plan, new ReportOptions { Warning = warnings.Add });
        Assert.Equal(warnings, result.Warnings);
        var section = Assert.Single(result.Sections);
        Assert.Equal("km-addicts", section.Id);
        Assert.NotEmpty(section.Methods);
        Assert.Contains(section.Citations, c => c.Key == "kaplan1958");
        Assert.Contains(section.Figures, f => f.Name == "km-addicts");

        var summary = section.Tables.Single(t => t.Name == "km-addicts-summary").Table;
        Assert.Equal("S(365) [95% CI]", summary.Headers[6]);
        var r = ReferenceData.JsonNodeOf(Path.Combine("survival", "addicts_km_by_clinic.json"));
        for (var g = 0; g < 2; g++)
        {
            var expected = r["groups"]![g]!;
            var row = summary.Rows[g];
            Assert.Equal(expected["group"]!.GetValue<string>(), row[0]);
            Assert.Equal(expected["events"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), row[2]);
            for (var l = 0; l < 3; l++)
            {
                var landmark = expected["landmarks"]![l]!;
                var parts = row[5 + l].Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Split(' ');
                NumericAssert.Close(Number(landmark["surv"]), N(parts[0]), rel: 0, abs: 5e-4 + 1e-12, what: $"S group {g} landmark {l}");
                NumericAssert.Close(Number(landmark["lower"]), N(parts[1]), rel: 0, abs: 5e-4 + 1e-12, what: $"lower group {g} landmark {l}");
                NumericAssert.Close(Number(landmark["upper"]), N(parts[2]), rel: 0, abs: 5e-4 + 1e-12, what: $"upper group {g} landmark {l}");
            }
        }
    }

    [Fact]
    public void WriteTo_writes_the_report_folder_and_replaces_only_when_asked()
    {
        using var dir = new TempDirectory();
        var result = Report.Run(AnalysisPlan.Load(Plan(dir)));
        var folder = dir.File("report");
        var written = result.WriteTo(folder);
        Assert.Contains("report.html", written);
        Assert.Contains("tables/km-addicts-summary.csv", written);
        Assert.Contains("figures/km-addicts.svg", written);
        Assert.All(written, f => Assert.True(File.Exists(Path.Combine(folder, f)), f));

        var again = Assert.Throws<UsageException>(() => result.WriteTo(folder));
        Assert.Contains("report folder", again.Message, StringComparison.Ordinal);
        Assert.Contains("replace: true", again.Message, StringComparison.Ordinal);
        Assert.Equal(written, result.WriteTo(folder, replace: true));
    }

    [Fact]
    public void WriteTo_never_writes_into_a_folder_it_did_not_make()
    {
        using var dir = new TempDirectory();
        var result = Report.Run(AnalysisPlan.Load(Plan(dir)));
        var folder = dir.File("mine");
        Directory.CreateDirectory(folder);
        var own = Path.Combine(folder, "notes.txt");
        File.WriteAllText(own, "keep me");
        var ex = Assert.Throws<UsageException>(() => result.WriteTo(folder, replace: true));
        Assert.Contains("replaces only a report folder it wrote itself", ex.Message, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Equal("keep me", File.ReadAllText(own));
    }

    [Fact]
    public void Load_resolves_relative_data_paths_against_the_data_folder_when_given()
    {
        using var dir = new TempDirectory();
        var plan = dir.Write("plan.json", """
            { "datasets": { "addicts": { "file": "data/addicts/addicts.csv" } },
              "analyses": [ { "id": "km", "type": "km", "dataset": "addicts", "time": "days", "event": "departed" } ] }
            """);
        var ex = Assert.Throws<PlanException>(() => AnalysisPlan.Load(plan));
        Assert.Contains("addicts.csv", ex.Message, StringComparison.Ordinal);
        var loaded = AnalysisPlan.Load(plan, dataFolder: RepositoryPaths.Combine());
        Assert.Equal([Path.GetFullPath(Addicts)], loaded.DatasetFiles);
    }

    [Fact]
    public void Load_reports_the_line_column_and_key_of_a_bad_plan()
    {
        using var dir = new TempDirectory();
        var ex = Assert.Throws<PlanException>(() => AnalysisPlan.Load(Plan(dir, ", \"conf_type\": \"logg\"")));
        Assert.Equal("analyses[0].conf_type", ex.Location.Path);
        Assert.Equal(6, ex.Location.Line);
        Assert.True(ex.Location.Column > 0);
        Assert.Contains("\"logg\"", ex.Message, StringComparison.Ordinal);
    }

    private static double? Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    private static double N(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
