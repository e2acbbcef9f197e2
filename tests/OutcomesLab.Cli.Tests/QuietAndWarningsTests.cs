using System.CommandLine;
using System.Globalization;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// --quiet hides notes and progress but not warnings or errors; every distinct warning is printed
/// once per run, with "(N times)" when repeated; exit codes do not depend on --quiet.
/// </summary>
public sealed class QuietAndWarningsTests
{
    private const string RowNamesWarning = "The first column has an empty name (R's row names, as written by write.csv)";

    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv");

    private static readonly string Cohort = RepositoryPaths.Combine("data", "simulated_cohort.csv");

    [Fact]
    public void Distinct_warnings_are_printed_once_in_order_of_first_occurrence_with_their_count()
    {
        var globals = new GlobalOptions();
        var root = new RootCommand();
        foreach (var option in globals.For(CommandOutput.Result))
        {
            root.Options.Add(option);
        }

        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var run = new CommandRun(root.Parse([]), globals, stdout, stderr);
        run.Warn("b");
        run.Warn("a");
        run.Warn("b");
        run.Warn("b");
        Assert.Equal("", stderr.ToString());
        run.FlushWarnings();
        run.FlushWarnings();
        Assert.Equal("warning: b (3 times)\nwarning: a\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_same_warning_from_two_input_files_is_printed_once_with_its_count_even_when_quiet()
    {
        using var dir = new TempDirectory();
        var dosing = dir.Write("dosing.csv", "\"\",\"who\",\"when\"\n\"1\",1,0\n\"2\",1,1\n\"3\",2,0\n");
        var index = dir.Write("index.csv", "\"\",\"who\",\"when\"\n\"1\",1,0\n\"2\",2,0\n");
        string[] args = ["retention", "--dispensing", dosing, "--id", "who", "--day", "when", "--gap", "none", "--index", index, "--index-day", "when", "--format", "json"];

        var loud = CliRunner.Run(args);
        var quiet = CliRunner.Run([.. args, "--quiet"]);

        foreach (var (code, _, err) in new[] { loud, quiet })
        {
            Assert.Equal(0, code);
            Assert.Equal(1, Occurrences(err, RowNamesWarning));
            Assert.Contains("it is called \"column1\". (2 times)", err, StringComparison.Ordinal);
        }

        Assert.Equal(loud.Out, quiet.Out);
    }

    [Fact]
    public void Quiet_hides_the_citation_note_and_changes_nothing_else()
    {
        string[] args = ["qol", "score", "--input", Cohort, "--instrument", "eq5d-5l", "--value-set", "England", "--format", "json"];

        var loud = CliRunner.Run(args);
        var quiet = CliRunner.Run([.. args, "--quiet"]);
        var shortFlag = CliRunner.Run([.. args, "-q"]);

        Assert.Equal(0, loud.Code);
        Assert.Contains("note: EQ-5D-5L", loud.Err, StringComparison.Ordinal);
        Assert.Equal(0, quiet.Code);
        Assert.Equal("", quiet.Err);
        Assert.Equal(loud.Out, quiet.Out);
        Assert.Equal(quiet, shortFlag);
    }

    [Fact]
    public void Quiet_hides_what_simulate_wrote_but_writes_the_same_bytes()
    {
        using var dir = new TempDirectory();
        var loud = CliRunner.Run("simulate", "--n", "200", "--seed", "5", "--output", dir.File("a.csv"));
        var quiet = CliRunner.Run("simulate", "--n", "200", "--seed", "5", "--output", dir.File("b.csv"), "--quiet");

        Assert.Equal(0, loud.Code);
        Assert.Contains("wrote 200 patients", loud.Err, StringComparison.Ordinal);
        Assert.Equal(0, quiet.Code);
        Assert.Equal("", quiet.Err);
        Assert.Equal(File.ReadAllBytes(dir.File("a.csv")), File.ReadAllBytes(dir.File("b.csv")));
    }

    [Fact]
    public void Warnings_raised_before_an_input_error_are_printed_before_it_and_the_exit_code_stays_2()
    {
        foreach (var quiet in new[] { false, true })
        {
            string[] args = ["km", "--input", Addicts, "--time", "no_such_column", "--event", "departed"];
            var (code, output, err) = CliRunner.Run(quiet ? [.. args, "--quiet"] : args);

            Assert.Equal(2, code);
            Assert.Equal("", output);
            var warning = err.IndexOf(RowNamesWarning, StringComparison.Ordinal);
            var error = err.IndexOf("error: ", StringComparison.Ordinal);
            Assert.True(warning >= 0 && error > warning, err);
            Assert.Contains("no_such_column", err, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0, "km", "--time", "days", "--event", "departed", "--group", "clinic", "--format", "json")]
    [InlineData(2, "km", "--time", "days", "--event", "departed", "--conf-type", "sideways")]
    [InlineData(2, "km", "--time", "days", "--event", "departed", "--no-such-option")]
    public void Exit_codes_do_not_depend_on_quiet(int expected, params string[] args)
    {
        string[] withInput = [args[0], "--input", Addicts, .. args[1..]];
        var loud = CliRunner.Run(withInput);
        var quiet = CliRunner.Run([.. withInput, "--quiet"]);

        Assert.Equal(expected, loud.Code);
        Assert.Equal(expected, quiet.Code);
        Assert.Equal(loud.Out, quiet.Out);
        if (expected != 0)
        {
            Assert.Contains("error: ", quiet.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Help_of_a_command_lists_quiet_and_says_what_it_keeps()
    {
        var (code, output, _) = CliRunner.Run("km", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--quiet", output, StringComparison.Ordinal);
        Assert.Contains("Warnings are still printed", output, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
