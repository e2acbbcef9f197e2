using System.Text.Json.Nodes;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>describe</c> on every bundled file in data/. Expected values were computed independently with
/// Python's csv module (rows, columns, missing = empty/NA/./NaN, min/max of the numeric values,
/// number of distinct text levels), not by OutcomesLab.
/// </summary>
public sealed class DescribeDataTests
{
    public static TheoryData<string, int, int, string, int, double?, double?, int?> Files() => new()
    {
        { "addicts/addicts.csv", 238, 7, "mdose", 0, 20, 110, null },
        { "addicts/addicts.csv", 238, 7, "id", 0, 1, 266, null },
        { "ctn0027/asi.csv", 1920, 2, "used_iv", 1693, null, null, 2 },
        { "ctn0027/demographics.csv", 1920, 9, "age", 5, 18, 70, null },
        { "ctn0027/demographics.csv", 1920, 9, "is_male", 3, null, null, 2 },
        { "ctn0027/everybody.csv", 1920, 2, "project", 0, 27, 27, null },
        { "ctn0027/meta_study_length.csv", 2, 6, "treatment", 0, null, null, 2 },
        { "ctn0027/randomization.csv", 2538, 4, "when", 0, 2, 33, null },
        { "ctn0027/site_masked.csv", 1920, 2, "site_masked", 0, 2, 34, null },
        { "ctn0027/treatment.csv", 136003, 3, "amount", 0, 1, 397, null },
        { "ctn0027/uds.csv", 26556, 3, "when", 0, -1, 660, null },
        { "ctn0027/uds.csv", 26556, 3, "what", 0, null, null, 7 },
        { "ctn0027/visit.csv", 27029, 19, "when", 3220, 0, 1121, null },
        { "ctn0027/visit.csv", 27029, 19, "visit", 0, null, null, 28 },
        { "simulated_cohort.csv", 600, 21, "eq_vas_w24", 354, 4, 100, null },
        { "simulated_cohort.csv", 600, 21, "site", 0, null, null, 8 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Describe_summarises_every_bundled_file(string file, int rows, int columns, string column, int missing, double? min, double? max, int? levels)
    {
        var path = RepositoryPaths.Combine("data", file);
        var (code, output, err) = CliRunner.Run("describe", "--input", path, "--format", "json");
        Assert.True(code == 0, err);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(rows, json["rows"]!.GetValue<int>());
        Assert.Equal(columns, json["columns"]!.GetValue<int>());
        var c = json["column_details"]!.AsArray().Single(x => x!["name"]!.GetValue<string>() == column)!;
        Assert.Equal(missing, c["missing"]!.GetValue<int>());
        NumericAssert.Close(min, c["min"]?.GetValue<double>(), rel: 0, abs: 0, what: "min");
        NumericAssert.Close(max, c["max"]?.GetValue<double>(), rel: 0, abs: 0, what: "max");
        if (levels is not null)
        {
            Assert.Equal("text", c["type"]!.GetValue<string>());
            Assert.Equal(levels.Value, c["levels"]!.AsArray().Count + c["more_levels"]!.GetValue<int>());
        }
    }

    [Fact]
    public void Table_format_is_readable_and_names_the_file()
    {
        var (code, output, _) = CliRunner.Run("describe", "--input", RepositoryPaths.Combine("data", "addicts", "addicts.csv"));
        Assert.Equal(0, code);
        Assert.StartsWith("addicts.csv: 238 rows, 7 columns", output, StringComparison.Ordinal);
        Assert.Contains("departed  integer        0    0     1", output, StringComparison.Ordinal);
    }
}
