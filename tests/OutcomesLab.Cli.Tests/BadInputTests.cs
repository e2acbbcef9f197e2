using System.Text;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Bad usage around the input files: missing files, output paths that would overwrite an input or an
/// existing result, many problems at once and invalid option values. The hostile file contents are
/// in the data-driven <see cref="BadInputCatalogue.BadInputCatalogueTests"/>.
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public void Missing_file_names_the_path_and_exits_2()
    {
        using var dir = new TempDirectory();
        var (code, _, stderr) = CliRunner.Run("describe", "--input", dir.File("nope.csv"));
        Assert.Equal(2, code);
        Assert.Contains("nope.csv", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_equal_to_input_is_refused_even_with_force()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("cohort.csv", "days,event\n5,1\n6,0\n");
        var before = File.ReadAllBytes(input);
        var (code, _, stderr) = CliRunner.Run("describe", "--input", input, "--output", input, "--force");
        Assert.Equal(2, code);
        Assert.Contains("input", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void Output_equal_to_a_second_input_file_is_refused_even_with_force()
    {
        using var dir = new TempDirectory();
        var dosing = dir.Write("dosing.csv", "who,when\n1,1\n1,2\n");
        var index = dir.Write("index.csv", "who,when,arm\n1,0,a\n");
        var before = File.ReadAllBytes(index);
        var (code, stdout, stderr) = CliRunner.Run("retention", "--dispensing", dosing, "--id", "who", "--day", "when", "--gap", "7", "--index", index, "--index-day", "when", "--output", index, "--force");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("input", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(index));
        Assert.Equal(2, Directory.GetFiles(dir.Path).Length);
    }

    [Fact]
    public void Existing_output_is_kept_without_force_and_replaced_atomically_with_it()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("cohort.csv", "days,event\n5,1\n6,0\n");
        var output = dir.Write("result.json", "an earlier result");
        string[] args = ["km", "--input", input, "--time", "days", "--event", "event", "--format", "json", "--output", output];

        var (code, _, stderr) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        Assert.Equal("an earlier result", File.ReadAllText(output));
        Assert.Equal(2, Directory.GetFiles(dir.Path).Length);

        Assert.Equal(0, CliRunner.Run([.. args, "--force"]).Code);
        Assert.StartsWith("{", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal(["cohort.csv", "result.json", "result.json.provenance.json"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Many_problems_are_collected_up_to_twenty()
    {
        using var dir = new TempDirectory();
        var sb = new StringBuilder("days,event\n");
        for (var i = 0; i < 30; i++)
        {
            sb.Append("x,1\n");
        }

        var input = dir.Write("cohort.csv", sb.ToString());
        var (code, _, stderr) = CliRunner.Run("km", "--input", input, "--time", "days", "--event", "event");
        Assert.Equal(2, code);
        Assert.Contains("line 2,", stderr, StringComparison.Ordinal);
        Assert.Contains("line 21,", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("line 22,", stderr, StringComparison.Ordinal);
        Assert.Contains("10 more", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--confidence-level", "2")]
    [InlineData("--conf-type", "cloglog")]
    [InlineData("--times", "90,abc")]
    public void Invalid_option_values_exit_2(string option, string value)
    {
        using var dir = new TempDirectory();
        var input = dir.Write("cohort.csv", "days,event\n5,1\n6,0\n");
        var (code, _, stderr) = CliRunner.Run("km", "--input", input, "--time", "days", "--event", "event", option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Conf_level_is_the_earlier_spelling_of_confidence_level()
    {
        var addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv");
        string[] km = ["km", "--input", addicts, "--time", "days", "--event", "departed", "--group", "clinic", "--format", "json"];
        var (code, canonical, _) = CliRunner.Run([.. km, "--confidence-level", "0.9"]);
        var (earlierCode, earlier, _) = CliRunner.Run([.. km, "--conf-level", "0.9"]);
        Assert.Equal(0, code);
        Assert.Equal(0, earlierCode);
        Assert.NotEqual(CliRunner.Run(km).Out, canonical);
        Assert.Equal(canonical, earlier);
        var (badCode, _, stderr) = CliRunner.Run([.. km, "--conf-level", "95"]);
        Assert.Equal(2, badCode);
        Assert.Contains("--confidence-level must be a number between 0 and 1 (exclusive), such as 0.95; found \"95\"", stderr, StringComparison.Ordinal);
    }
}
