using OutcomesLab.Reporting.Plans;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Reporting.Tests;

/// <summary>
/// A setting renamed so that plan and CLI share one name (km "landmarks" became "times", as the CLI's
/// --times and R's summary(fit, times =)) still reads under its earlier name, gives the same tables,
/// and is refused when a plan gives both names. The oracle is the plan with the canonical name.
/// </summary>
public sealed class PlanKeyNameTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv").Replace('\\', '/');

    private static string Plan(TempDirectory dir, string name, string keys) => dir.Write(name, $$"""
        {
          "datasets": { "addicts": { "file": "{{Addicts}}" } },
          "analyses": [
            { "id": "km", "type": "km", "dataset": "addicts", "time": "days", "event": "departed", "group": "clinic", {{keys}} }
          ]
        }
        """);

    [Fact]
    public void The_earlier_name_landmarks_gives_the_tables_of_times()
    {
        using var dir = new TempDirectory();
        var canonical = Report.Run(AnalysisPlan.Load(Plan(dir, "times.json", "\"times\": [365, 180]")), new ReportOptions());
        var earlier = Report.Run(AnalysisPlan.Load(Plan(dir, "landmarks.json", "\"landmarks\": [365, 180]")), new ReportOptions());
        var expected = canonical.Sections.Single().Tables.Single(t => t.Name == "km-summary").Table;
        var actual = earlier.Sections.Single().Tables.Single(t => t.Name == "km-summary").Table;
        Assert.Equal(["S(180) [95% CI]", "S(365) [95% CI]"], expected.Headers.Where(h => h.StartsWith("S(", StringComparison.Ordinal)));
        Assert.Equal(expected.Headers, actual.Headers);
        Assert.Equal(expected.Rows, actual.Rows);
    }

    [Fact]
    public void Both_names_at_once_are_refused_at_the_second()
    {
        using var dir = new TempDirectory();
        var ex = Assert.Throws<PlanException>(() => AnalysisPlan.Load(Plan(dir, "both.json", "\"times\": [180], \"landmarks\": [365]")));
        Assert.Equal("analyses[0].landmarks", ex.Location.Path);
        Assert.Contains("\"times\" and its earlier name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_analysis_confidence_level_outside_0_1_is_refused_with_the_shared_rule()
    {
        using var dir = new TempDirectory();
        var ex = Assert.Throws<PlanException>(() => AnalysisPlan.Load(Plan(dir, "level.json", "\"confidence_level\": 95")));
        Assert.Equal("analyses[0].confidence_level", ex.Location.Path);
        Assert.Contains("between 0 and 1 (exclusive)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Uds_weeks_and_the_earlier_first_week_last_week_give_the_same_tables()
    {
        using var dir = new TempDirectory();
        string Uds(string name, string weeks)
        {
            string File(string f) => RepositoryPaths.Combine("data", "ctn0027", f).Replace('\\', '/');
            return dir.Write(name, $$"""
                {
                  "datasets": { "uds": { "file": "{{File("uds.csv")}}" }, "visits": { "file": "{{File("visit.csv")}}" }, "rand": { "file": "{{File("randomization.csv")}}" } },
                  "analyses": [
                    { "id": "u", "type": "uds", "uds": "uds", "visits": "visits", "visit_filter": "what=visit", "patient": "who", "day": "when",
                      "substances": ["Opioid"], "index": "rand", "index_day": "when", "index_filter": "which=1", "group": "treatment",
                      "missing": "positive", {{weeks}} }
                  ]
                }
                """);
        }

        var canonical = Report.Run(AnalysisPlan.Load(Uds("weeks.json", "\"weeks\": \"2-12\"")), new ReportOptions()).Sections.Single();
        var earlier = Report.Run(AnalysisPlan.Load(Uds("pair.json", "\"first_week\": 2, \"last_week\": 12")), new ReportOptions()).Sections.Single();
        Assert.Contains(canonical.Methods, m => m.Contains("weeks 2–12", StringComparison.Ordinal));
        Assert.Equal(canonical.Tables.Select(t => t.Table.Rows), earlier.Tables.Select(t => t.Table.Rows));
        var both = Assert.Throws<PlanException>(() => AnalysisPlan.Load(Uds("both.json", "\"weeks\": \"2-12\", \"first_week\": 2")));
        Assert.Equal("analyses[0].first_week", both.Location.Path);
    }
}
