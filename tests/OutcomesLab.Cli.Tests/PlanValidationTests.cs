using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Analysis-plan validation: every problem stops with exit code 2 and a message naming the plan file,
/// line, column and JSON path, what was expected, what was found and a fix; nothing is written.
/// </summary>
public sealed class PlanValidationTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv").Replace('\\', '/');

    private static string Plan(string analyses, string root = "") => $$"""
        {
          "title": "test",{{root}}
          "datasets": { "addicts": { "file": "{{Addicts}}" } },
          "analyses": [
            {{analyses}}
          ]
        }
        """;

    private static (int Code, string Err, bool Written) Report(string plan)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plan.json", plan);
        var output = dir.File("report");
        var (code, _, err) = CliRunner.Run("report", "--plan", file, "--output", output);
        return (code, err, Directory.Exists(output) || Directory.EnumerateFileSystemEntries(dir.Path).Count() > 1);
    }

    [Fact]
    public void Unknown_key_names_line_column_path_the_allowed_keys_and_the_nearest_one()
    {
        var (code, err, written) = Report(Plan("""{ "id": "cox", "type": "cox", "dataset": "addicts", "time": "days", "event": "departed", "covariates": ["prison"], "tie": "efron" }"""));
        Assert.Equal(2, code);
        Assert.False(written);
        // The analysis is on line 5 of the plan; its "tie" starts at column 120 (4 spaces of indentation + 115 characters before it).
        Assert.Contains("plan.json line 5, column 120, at analyses[0].tie: expected a known key of analyses[0], found \"tie\".", err, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"ties\"?", err, StringComparison.Ordinal);
        Assert.Contains("Allowed keys here: id, type, title, dataset, time, time_from, time_to, time_unit, event, event_value, strata, covariates", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_top_level_key_is_located()
    {
        var (code, err, _) = Report(Plan("""{ "id": "km", "type": "km", "dataset": "addicts", "time": "days", "event": "departed" }""", "\n  \"sead\": 3,"));
        Assert.Equal(2, code);
        Assert.Contains("line 3, column 3, at sead: expected a known top-level key, found \"sead\". Did you mean \"seed\"?", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_type_says_what_was_expected_and_found()
    {
        var (code, err, written) = Report(Plan("""{ "id": "km", "type": "km", "dataset": "addicts", "time": "days", "event": "departed" }""", "\n  \"confidence_level\": \"0.95\","));
        Assert.Equal(2, code);
        Assert.False(written);
        Assert.Contains("line 3, column 23, at confidence_level: expected a number between 0 and 1 (exclusive), such as 0.95, found \"0.95\". Write the number without quotes", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_out_of_range_is_rejected()
    {
        var (code, err, _) = Report(Plan("""{ "id": "km", "type": "km", "dataset": "addicts", "time": "days", "event": "departed" }""", "\n  \"suppress_below\": 1,"));
        Assert.Equal(2, code);
        Assert.Contains("at suppress_below: expected a whole number of at least 2, found the number 1.", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_key_is_named_with_its_path()
    {
        var (code, err, written) = Report(Plan("""{ "id": "km", "type": "km", "dataset": "addicts", "event": "departed" }"""));
        Assert.Equal(2, code);
        Assert.False(written);
        Assert.Contains("plan.json line 5, column 5, at analyses[0].time: expected the key \"time\" (a column name), found no such key. Add \"time\" to analyses[0].", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_dataset_lists_the_known_ones_and_the_nearest()
    {
        var (code, err, written) = Report(Plan("""{ "id": "km", "type": "km", "dataset": "adicts", "time": "days", "event": "departed" }"""));
        Assert.Equal(2, code);
        Assert.False(written);
        Assert.Contains("at analyses[0].dataset: expected a dataset declared under \"datasets\" or published by an earlier analysis, found \"adicts\". Did you mean \"addicts\"? Known datasets here: \"addicts\"", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_analysis_id_is_rejected()
    {
        var (code, err, written) = Report(Plan("""
            { "id": "km", "type": "km", "dataset": "addicts", "time": "days", "event": "departed" },
                { "id": "km", "type": "km", "dataset": "addicts", "time": "days", "event": "departed" }
            """));
        Assert.Equal(2, code);
        Assert.False(written);
        Assert.Contains("line 6, column 13, at analyses[1].id: expected a unique analysis id, found \"km\" a second time.", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_enum_value_lists_the_allowed_ones()
    {
        var (code, err, written) = Report(Plan("""{ "id": "cox", "type": "cox", "dataset": "addicts", "time": "days", "event": "departed", "covariates": ["prison"], "ties": "exact" }"""));
        Assert.Equal(2, code);
        Assert.False(written);
        Assert.Contains("at analyses[0].ties: expected one of \"efron\", \"breslow\", found \"exact\".", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_analysis_type_lists_the_kinds()
    {
        var (code, err, _) = Report(Plan("""{ "id": "x", "type": "kaplan-meier", "dataset": "addicts" }"""));
        Assert.Equal(2, code);
        Assert.Contains("at analyses[0].type: expected one of \"table1\", \"km\", \"cox\", \"cif\"", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_column_is_reported_at_the_plan_key_with_the_columns_of_the_dataset()
    {
        var (code, err, written) = Report(Plan("""{ "id": "km", "type": "km", "dataset": "addicts", "time": "day", "event": "departed" }"""));
        Assert.Equal(2, code);
        Assert.False(written);
        Assert.Contains("at analyses[0].time: expected a column of dataset \"addicts\", found \"day\". Did you mean \"days\"?", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_syntax_error_is_located()
    {
        var (code, err, written) = Report("{\n  \"title\": \"x\"\n  \"datasets\": {}\n}");
        Assert.Equal(2, code);
        Assert.False(written);
        Assert.Contains("plan.json line 3, column 3: expected valid JSON (comments and trailing commas are allowed)", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_is_rejected()
    {
        var (code, err, _) = Report(Plan("""{ "id": "km", "type": "km", "dataset": "addicts", "time": "days", "time": "days", "event": "departed" }"""));
        Assert.Equal(2, code);
        Assert.Contains("at analyses[0].time: expected each key once per object, found \"time\" a second time.", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_and_plan_check_confirms()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plan.json", Plan("""
            // a comment
            { "id": "km", "type": "km", "dataset": "addicts", "time": "days", "event": "departed", /* inline */ },
            """));
        var (code, output, err) = CliRunner.Run("plan", "check", file);
        Assert.True(code == 0, err);
        Assert.Contains("valid plan \"test\" with 1 dataset and 1 analysis (km)", output, StringComparison.Ordinal);
        var (code2, output2, _) = CliRunner.Run("report", "--plan", file, "--validate-only");
        Assert.Equal(0, code2);
        Assert.Contains("valid plan", output2, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Missing_dataset_file_is_reported_at_the_file_key()
    {
        var (code, err, _) = Report("""{ "datasets": { "a": { "file": "nope.csv" } }, "analyses": [ { "id": "km", "type": "km", "dataset": "a", "time": "t", "event": "e" } ] }""");
        Assert.Equal(2, code);
        Assert.Contains("line 1, column 32, at datasets.a.file: expected an existing CSV file (paths are relative to the plan's folder), found \"nope.csv\".", err, StringComparison.Ordinal);
    }
}
