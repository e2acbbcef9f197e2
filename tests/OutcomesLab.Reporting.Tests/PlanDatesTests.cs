using System.Globalization;
using OutcomesLab.Reporting.Plans;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Reporting.Tests;

/// <summary>
/// Plans with dated datasets: <c>time_from</c>/<c>time_to</c>/<c>time_unit</c> in the survival analyses,
/// <c>age_from</c>/<c>age_at</c> in table1. Oracles: the addicts data with its days shifted onto calendar
/// dates (start = 2000-01-01 + row index, end = start + days) give the same tables as the study-day plan;
/// Cox estimates depend on the times only through their order, so a time in months gives the same table
/// as in days (Therneau &amp; Grambsch 2000, section 3.1); the dated example's birth dates were drawn so
/// that the age at start_date is the cohort's age (data/README.md).
/// </summary>
public sealed class PlanDatesTests
{
    private static readonly DateTime Anchor = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static string Forward(string path) => path.Replace('\\', '/');

    private static string DatedAddicts(TempDirectory dir)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("data", "addicts", "addicts.csv"));
        var output = new List<string> { "id,clinic,departed,start_date,end_date,prison" };
        foreach (var (line, i) in lines.Skip(1).Select((l, i) => (l, i)))
        {
            var c = line.Split(',');
            var start = Anchor.AddDays(i);
            output.Add(string.Join(',', c[1], c[2], c[3], start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), start.AddDays(int.Parse(c[4], CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c[5]));
        }

        return dir.Write("addicts_dates.csv", string.Join('\n', output) + "\n");
    }

    private static ReportResult Run(TempDirectory dir, string file, string analyses)
    {
        var plan = dir.Write($"plan{Guid.NewGuid():N}.json", $$"""
            {
              "title": "Dates",
              "datasets": { "d": { "file": "{{Forward(file)}}" } },
              "analyses": [ {{analyses}} ]
            }
            """);
        return Report.Run(AnalysisPlan.Load(plan));
    }

    private static void SameTables(ReportSection expected, ReportSection actual)
    {
        Assert.Equal(expected.Tables.Length, actual.Tables.Length);
        for (var t = 0; t < expected.Tables.Length; t++)
        {
            Assert.Equal(expected.Tables[t].Table.Headers, actual.Tables[t].Table.Headers);
            Assert.Equal(expected.Tables[t].Table.Rows.Select(r => string.Join("|", r)), actual.Tables[t].Table.Rows.Select(r => string.Join("|", r)));
        }
    }

    [Fact]
    public void Km_and_cox_from_dates_equal_the_study_day_plan_and_state_the_conversion()
    {
        using var dir = new TempDirectory();
        var days = Run(dir, RepositoryPaths.Combine("data", "addicts", "addicts.csv"), """
            { "id": "km", "type": "km", "dataset": "d", "time": "days", "event": "departed", "group": "clinic", "landmarks": [180, 365], "tau": 730 },
            { "id": "cox", "type": "cox", "dataset": "d", "time": "days", "event": "departed", "covariates": ["clinic", "prison"], "ph_test": "none" }
            """);
        var dated = DatedAddicts(dir);
        var dates = Run(dir, dated, """
            { "id": "km", "type": "km", "dataset": "d", "time_from": "start_date", "time_to": "end_date", "event": "departed", "group": "clinic", "landmarks": [180, 365], "tau": 730 },
            { "id": "cox", "type": "cox", "dataset": "d", "time_from": "start_date", "time_to": "end_date", "time_unit": "days", "event": "departed", "covariates": ["clinic", "prison"], "ph_test": "none" }
            """);
        for (var s = 0; s < 2; s++)
        {
            SameTables(days.Sections[s], dates.Sections[s]);
            Assert.Contains(dates.Sections[s].Methods, m => m.Contains("time = end_date - start_date in days", StringComparison.Ordinal));
        }

        var months = Run(dir, dated, """
            { "id": "cox", "type": "cox", "dataset": "d", "time_from": "start_date", "time_to": "end_date", "time_unit": "months", "event": "departed", "covariates": ["clinic", "prison"], "ph_test": "none" }
            """);
        SameTables(days.Sections[1], months.Sections[0]);
        Assert.Contains(months.Sections[0].Methods, m => m.Contains("time = (end_date - start_date) in days / 30.4375 (months of 365.25 / 12 days)", StringComparison.Ordinal));
    }

    [Fact]
    public void Table1_age_from_a_date_of_birth_equals_the_recorded_age()
    {
        using var dir = new TempDirectory();
        var first120 = dir.Write("first120.csv", string.Join('\n', File.ReadLines(RepositoryPaths.Combine("data", "simulated_cohort.csv")).Take(121)) + "\n");
        var recorded = Run(dir, first120, """{ "id": "t1", "type": "table1", "dataset": "d", "group": "arm", "variables": ["sex", "age"] }""");
        var derived = Run(dir, RepositoryPaths.Combine("data", "examples", "dated_cohort.csv"), """{ "id": "t1", "type": "table1", "dataset": "d", "group": "arm", "variables": ["sex", "age"], "age_from": "birth_date", "age_at": "start_date" }""");
        SameTables(recorded.Sections[0], derived.Sections[0]);
        Assert.Contains(derived.Sections[0].Methods, m => m.Contains("age = completed years from birth_date to start_date", StringComparison.Ordinal) && m.Contains("lubridate::time_length", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dataset_date_format_reads_day_first_dates_and_without_it_they_are_refused()
    {
        using var dir = new TempDirectory();
        var isoPath = DatedAddicts(dir);
        var iso = File.ReadAllLines(isoPath);
        var dayFirst = dir.Write("addicts_ddmmyyyy.csv", string.Join('\n', iso.Select((l, i) => i == 0 ? l : string.Join(',', l.Split(',').Select((c, j) => j is 3 or 4 ? $"{c[8..10]}/{c[5..7]}/{c[..4]}" : c)))) + "\n");
        const string km = "{ \"id\": \"km\", \"type\": \"km\", \"dataset\": \"d\", \"time_from\": \"start_date\", \"time_to\": \"end_date\", \"event\": \"departed\", \"group\": \"clinic\" }";
        var expected = Run(dir, isoPath, km);
        var plan = dir.Write("fmt.json", "{ \"datasets\": { \"d\": { \"file\": \"" + Forward(dayFirst) + "\", \"date_format\": \"dd/MM/yyyy\" } }, \"analyses\": [ " + km + " ] }");
        SameTables(expected.Sections[0], Report.Run(AnalysisPlan.Load(plan)).Sections[0]);

        var refused = Assert.Throws<IO.InputException>(() => Run(dir, dayFirst, km));
        Assert.Contains("--date-format", refused.Problems[0].Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"time\": \"x\", \"time_from\": \"start_date\", \"time_to\": \"end_date\"", "either \"time\" or \"time_from\"")]
    [InlineData("\"time_from\": \"start_date\"", "time_to")]
    [InlineData("\"time\": \"x\", \"time_unit\": \"weeks\"", "\"time_unit\" only with")]
    public void Conflicting_time_keys_are_refused_at_their_location(string timeKeys, string message)
    {
        using var dir = new TempDirectory();
        var dated = DatedAddicts(dir);
        var ex = Assert.ThrowsAny<Exception>(() => Run(dir, dated, $$"""{ "id": "cox", "type": "cox", "dataset": "d", {{timeKeys}}, "event": "departed", "covariates": ["prison"], "ph_test": "none" }"""));
        Assert.IsType<PlanException>(ex);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}
