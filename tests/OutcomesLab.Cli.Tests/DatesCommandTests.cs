using System.Globalization;
using System.Text.Json;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Follow-up time from calendar dates (--time-from/--time-to/--time-unit), age at index and describe on
/// dated files. Oracle of the equivalence tests: the CTN-0027 per-patient retention table with its study
/// days shifted onto an anchor date (start = 2015-01-01, end = start + days) must give byte-identical km,
/// logrank and cox output to the study-day file; the only lines allowed to differ are the leading
/// "derived_columns" statement of the JSON result, removed explicitly before comparing.
/// </summary>
public sealed class DatesCommandTests
{
    private static readonly DateTime Anchor = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    private static string Data(params string[] parts) => RepositoryPaths.Combine(["data", .. parts]);

    /// <summary>The CTN-0027 per-patient table (time in study days) and the same rows with dates instead of the time.</summary>
    private static (string Days, string Dates) Ctn0027(TempDirectory dir)
    {
        var patients = dir.File("patients.csv");
        var (code, _, err) = CliRunner.Run(
            "retention", "--dispensing", Data("ctn0027", "treatment.csv"), "--id", "who", "--day", "when", "--dose", "amount",
            "--index", Data("ctn0027", "randomization.csv"), "--index-day", "when", "--index-filter", "which=1", "--group", "treatment",
            "--gap", "none", "--retained-at", "161", "--horizon", "168", "--completion-day", "161", "--patients-out", patients, "--format", "json");
        Assert.True(code == 0, err);
        var lines = File.ReadAllLines(patients);
        var header = lines[0].Split(',');
        var t = Array.IndexOf(header, "time");
        Assert.True(t >= 0, lines[0]);
        var dated = new List<string> { string.Join(',', header.Select((h, j) => j == t ? "start_date,end_date" : h)) };
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            var days = int.Parse(cells[t], CultureInfo.InvariantCulture);
            cells[t] = $"{Anchor:yyyy-MM-dd},{Anchor.AddDays(days):yyyy-MM-dd}";
            dated.Add(string.Join(',', cells));
        }

        var datesPath = dir.File("patients_dates.csv");
        File.WriteAllLines(datesPath, dated);
        return (patients, datesPath);
    }

    /// <summary>Removes the leading derived_columns member the date run adds, checking what it states.</summary>
    private static string WithoutDerivedStatement(string json, string unit, double daysPerUnit)
    {
        using (var doc = JsonDocument.Parse(json))
        {
            var d = doc.RootElement.GetProperty("derived_columns")[0];
            Assert.Equal("time", d.GetProperty("column").GetString());
            Assert.Equal("start_date", d.GetProperty("from").GetString());
            Assert.Equal("end_date", d.GetProperty("to").GetString());
            Assert.Equal(unit, d.GetProperty("unit").GetString());
            Assert.Equal(daysPerUnit, d.GetProperty("days_per_unit").GetDouble());
        }

        var start = json.IndexOf("  \"derived_columns\": [", StringComparison.Ordinal);
        var end = json.IndexOf("\n  ],\n", start, StringComparison.Ordinal) + "\n  ],\n".Length;
        Assert.Equal(2, start);
        return json[..start] + json[end..];
    }

    public static TheoryData<string, string[]> SurvivalCommands() => new()
    {
        { "km", ["km", "--event", "dropout", "--group", "group", "--times", "30,90,161", "--tau", "168"] },
        { "logrank", ["logrank", "--event", "dropout", "--group", "group"] },
        { "cox", ["cox", "--event", "dropout", "--covariates", "group"] },
    };

    [Theory]
    [MemberData(nameof(SurvivalCommands))]
    public void Ctn0027_as_dates_gives_byte_identical_output_to_study_days(string name, string[] args)
    {
        using var dir = new TempDirectory();
        var (days, dates) = Ctn0027(dir);
        foreach (var format in new[] { "json", "table" })
        {
            var study = CliRunner.Run([.. args, "--input", days, "--time", "time", "--format", format]);
            var dated = CliRunner.Run([.. args, "--input", dates, "--time-from", "start_date", "--time-to", "end_date", "--time-unit", "days", "--format", format]);
            Assert.True(study.Code == 0, $"{name}: {study.Err}");
            Assert.True(dated.Code == 0, $"{name}: {dated.Err}");
            var expected = study.Out;
            var actual = format == "json" ? WithoutDerivedStatement(dated.Out, "days", 1) : dated.Out;
            Assert.Equal(expected, actual);
            Assert.Contains("note: time = end_date - start_date in days.", dated.Err, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("weeks", 7.0)]
    [InlineData("months", 30.4375)]
    [InlineData("years", 365.25)]
    public void Weeks_months_and_years_scale_every_time_by_the_unit_length(string unit, double daysPerUnit)
    {
        using var dir = new TempDirectory();
        var (days, dates) = Ctn0027(dir);
        var study = CliRunner.Run("km", "--input", days, "--time", "time", "--event", "dropout", "--group", "group", "--format", "json");
        var scaled = CliRunner.Run("km", "--input", dates, "--time-from", "start_date", "--time-to", "end_date", "--time-unit", unit, "--event", "dropout", "--group", "group", "--format", "json");
        Assert.True(scaled.Code == 0, scaled.Err);
        using var a = JsonDocument.Parse(study.Out);
        using var b = JsonDocument.Parse(WithoutDerivedStatement(scaled.Out, unit, daysPerUnit));
        var groupsA = a.RootElement.GetProperty("groups").EnumerateArray().ToList();
        var groupsB = b.RootElement.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(groupsA.Count, groupsB.Count);
        for (var g = 0; g < groupsA.Count; g++)
        {
            // Hand check: a time in the unit is the time in days divided by the unit's length, so are the quantiles; S(t) is unchanged.
            var ta = groupsA[g].GetProperty("table").EnumerateArray().ToList();
            var tb = groupsB[g].GetProperty("table").EnumerateArray().ToList();
            Assert.Equal(ta.Count, tb.Count);
            for (var i = 0; i < ta.Count; i++)
            {
                NumericAssert.Close(ta[i].GetProperty("time").GetDouble() / daysPerUnit, tb[i].GetProperty("time").GetDouble(), rel: 1e-15, abs: 0, what: $"{unit} time row {i}");
                NumericAssert.Close(ta[i].GetProperty("surv").GetDouble(), tb[i].GetProperty("surv").GetDouble(), rel: 1e-15, abs: 0, what: $"S(t) row {i}");
            }

            if (groupsA[g].GetProperty("median").GetProperty("estimate") is { ValueKind: JsonValueKind.Number } median)
            {
                NumericAssert.Close(median.GetDouble() / daysPerUnit, groupsB[g].GetProperty("median").GetProperty("estimate").GetDouble(), rel: 1e-15, abs: 0, what: "median");
            }
        }
    }

    [Fact]
    public void The_dated_example_gives_the_study_day_results_of_its_source_rows()
    {
        using var dir = new TempDirectory();
        var source = File.ReadLines(Data("simulated_cohort.csv")).Take(121).ToList();
        var first120 = dir.Write("first120.csv", string.Join('\n', source) + "\n");
        var days = CliRunner.Run("km", "--input", first120, "--time", "time_days", "--event", "event", "--group", "arm");
        var dates = CliRunner.Run("km", "--input", Data("examples", "dated_cohort.csv"), "--time-from", "start_date", "--time-to", "end_date", "--event", "event", "--group", "arm");
        Assert.True(dates.Code == 0, dates.Err);
        Assert.Equal(days.Out, dates.Out);

        // Age at index: the example's birth dates were drawn so that the completed age at start_date is the cohort's age.
        var age = CliRunner.Run("table1", "--input", first120, "--group", "arm", "--variables", "sex,age", "--format", "json");
        var derived = CliRunner.Run("table1", "--input", Data("examples", "dated_cohort.csv"), "--group", "arm", "--variables", "sex,age", "--age-from", "birth_date", "--age-at", "start_date", "--format", "json");
        Assert.True(derived.Code == 0, derived.Err);
        var json = derived.Out;
        var start = json.IndexOf("  \"derived_columns\": [", StringComparison.Ordinal);
        var end = json.IndexOf("\n  ],\n", start, StringComparison.Ordinal) + "\n  ],\n".Length;
        Assert.Contains("\"unit\": \"completed years\"", json[start..end], StringComparison.Ordinal);
        Assert.Contains("lubridate::time_length", json[start..end], StringComparison.Ordinal);
        Assert.Equal(age.Out, json[..start] + json[end..]);
    }

    [Fact]
    public void A_compare_outcome_timed_from_dates_equals_the_study_day_outcome()
    {
        using var dir = new TempDirectory();
        var first120 = dir.Write("first120.csv", string.Join('\n', File.ReadLines(Data("simulated_cohort.csv")).Take(121)) + "\n");
        var days = dir.Write("days.json", "{\"outcomes\": [{\"name\": \"Retention\", \"domain\": \"retention\", \"type\": \"time-to-event\", \"time\": \"time_days\", \"event\": \"event\", \"direction\": \"lower-is-better\"}]}");
        var dates = dir.Write("dates.json", "{\"outcomes\": [{\"name\": \"Retention\", \"domain\": \"retention\", \"type\": \"time-to-event\", \"time-from\": \"start_date\", \"time-to\": \"end_date\", \"time-unit\": \"days\", \"event\": \"event\", \"direction\": \"lower-is-better\"}]}");
        var study = CliRunner.Run("compare", "--input", first120, "--group", "arm", "--treatment", "buprenorphine", "--control", "methadone", "--outcomes", days, "--format", "json");
        var dated = CliRunner.Run("compare", "--input", Data("examples", "dated_cohort.csv"), "--group", "arm", "--treatment", "buprenorphine", "--control", "methadone", "--outcomes", dates, "--format", "json");
        Assert.True(study.Code == 0, study.Err);
        Assert.True(dated.Code == 0, dated.Err);
        var json = dated.Out;
        var start = json.IndexOf("  \"derived_columns\": [", StringComparison.Ordinal);
        var end = json.IndexOf("\n  ],\n", start, StringComparison.Ordinal) + "\n  ],\n".Length;
        Assert.Contains("time of \\\"Retention\\\": time = end_date - start_date in days", json[start..end], StringComparison.Ordinal);
        Assert.Equal(study.Out, json[..start] + json[end..]);
    }

    [Theory]
    [InlineData(new[] { "--time", "time", "--time-from", "start_date", "--time-to", "end_date" }, "both give the follow-up time")]
    [InlineData(new[] { "--time", "time", "--time-unit", "weeks" }, "--time-unit is the unit of a time computed from dates")]
    [InlineData(new[] { "--time-from", "start_date" }, "--time-from needs --time-to")]
    [InlineData(new string[0], "--time COLUMN, or --time-from START --time-to END")]
    public void Time_options_are_refused_in_bad_combinations(string[] timeArgs, string message)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("c.csv", "time,start_date,end_date,event,arm\n5,2021-01-01,2021-01-06,1,a\n7,2021-01-01,2021-01-08,0,b\n");
        foreach (var command in new[] { "km", "logrank", "cox", "cif" })
        {
            string[] rest = command switch
            {
                "cox" => ["--event", "event", "--covariates", "arm"],
                "logrank" => ["--event", "event", "--group", "arm"],
                _ => ["--event", "event"],
            };
            var (code, _, err) = CliRunner.Run([command, "--input", path, .. timeArgs, .. rest]);
            Assert.True(code == 2, $"{command}: {err}");
            Assert.Contains(message, err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_ambiguous_date_column_stops_with_exit_2_naming_the_column_cell_and_option()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("us.csv", "id,start,end,event\n1,03/04/2021,2021-05-01,1\n2,04/05/2021,2021-06-01,0\n");
        var (code, stdout, err) = CliRunner.Run("km", "--input", path, "--time-from", "start", "--time-to", "end", "--event", "event");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("line 2, column \"start\"", err, StringComparison.Ordinal);
        Assert.Contains("found \"03/04/2021\"", err, StringComparison.Ordinal);
        Assert.Contains("--date-format", err, StringComparison.Ordinal);
        Assert.Contains("dd/MM/yyyy, MM/dd/yyyy", err, StringComparison.Ordinal);

        var read = CliRunner.Run("km", "--input", path, "--date-format", "MM/dd/yyyy", "--time-from", "start", "--time-to", "end", "--event", "event", "--format", "json");
        Assert.True(read.Code == 0, read.Err);
        using var doc = JsonDocument.Parse(read.Out);
        var times = doc.RootElement.GetProperty("groups")[0].GetProperty("table").EnumerateArray().Select(r => r.GetProperty("time").GetDouble()).ToList();
        // By hand with MM/dd: 2021-03-04 to 2021-05-01 is 27 + 30 + 1 = 58 days; 2021-04-05 to 2021-06-01 is 25 + 31 + 1 = 57.
        Assert.Equal([57.0, 58.0], times);
    }

    [Fact]
    public void An_end_before_its_start_stops_naming_the_line_and_both_dates()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("rev.csv", "id,start,end,event\n1,2021-01-01,2021-02-01,1\n2,2021-03-01,2021-02-27,0\n");
        var (code, _, err) = CliRunner.Run("km", "--input", path, "--time-from", "start", "--time-to", "end", "--event", "event");
        Assert.Equal(2, code);
        Assert.Contains("line 3, column \"end\": expected an end date on or after the start date (start = 2021-03-01), found \"2021-02-27\"", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_column_given_as_time_names_time_from_and_time_to()
    {
        var (code, _, err) = CliRunner.Run("km", "--input", Data("examples", "dated_cohort.csv"), "--time", "end_date", "--event", "event");
        Assert.Equal(2, code);
        Assert.Contains("column \"end_date\"", err, StringComparison.Ordinal);
        Assert.Contains("--time-from START --time-to END", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_shows_date_columns_with_range_and_missing_in_text_and_json()
    {
        var text = CliRunner.Run("describe", "--input", Data("examples", "dated_cohort.csv"));
        Assert.True(text.Code == 0, text.Err);
        var startRow = text.Out.Split('\n').Single(l => l.StartsWith("start_date", StringComparison.Ordinal));
        Assert.Contains("date", startRow, StringComparison.Ordinal);
        Assert.Contains("2019-01-01", startRow, StringComparison.Ordinal);
        Assert.Contains("2019-12-24", startRow, StringComparison.Ordinal); // 2019-01-01 + 3 * 119 days

        var json = CliRunner.Run("describe", "--input", Data("examples", "dated_cohort.csv"), "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        var start = doc.RootElement.GetProperty("column_details").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "start_date");
        Assert.Equal("date", start.GetProperty("type").GetString());
        Assert.Equal(0, start.GetProperty("missing").GetInt32());
        Assert.Equal("2019-01-01", start.GetProperty("min").GetString());
        Assert.Equal("2019-12-24", start.GetProperty("max").GetString());

        using var dir = new TempDirectory();
        var uk = dir.Write("uk.csv", "id,visit\n1,15/03/2021\n2,\n3,01/02/2021\n");
        var noted = CliRunner.Run("describe", "--input", uk, "--format", "json");
        using var ukDoc = JsonDocument.Parse(noted.Out);
        var visit = ukDoc.RootElement.GetProperty("column_details")[1];
        Assert.Equal("text", visit.GetProperty("type").GetString());
        Assert.Contains("--date-format", visit.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_km_and_cif_compute_the_time_in_their_time_unit()
    {
        using var dir = new TempDirectory();
        foreach (var command in new[] { "km", "cif" })
        {
            var output = dir.File($"{command}.svg");
            var (code, _, err) = CliRunner.Run("plot", command, "--input", Data("examples", "dated_cohort.csv"), "--time-from", "start_date", "--time-to", "end_date", "--time-unit", "months", "--event", "event", "--group", "arm", "--output", output);
            Assert.True(code == 0, err);
            using var doc = JsonDocument.Parse(File.ReadAllText(output + ".provenance.json"));
            Assert.Equal("months", doc.RootElement.GetProperty("derived_columns")[0].GetProperty("unit").GetString());
        }
    }

    [Fact]
    public void The_provenance_sidecar_states_the_derived_time()
    {
        using var dir = new TempDirectory();
        var output = dir.File("km.json");
        var (code, _, err) = CliRunner.Run("km", "--input", Data("examples", "dated_cohort.csv"), "--time-from", "start_date", "--time-to", "end_date", "--time-unit", "months", "--event", "event", "--format", "json", "--output", output);
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(File.ReadAllText(output + ".provenance.json"));
        var d = doc.RootElement.GetProperty("derived_columns")[0];
        Assert.Equal("months", d.GetProperty("unit").GetString());
        Assert.Equal(30.4375, d.GetProperty("days_per_unit").GetDouble());
        Assert.Equal("time = (end_date - start_date) in days / 30.4375 (months of 365.25 / 12 days)", d.GetProperty("statement").GetString());
    }
}
