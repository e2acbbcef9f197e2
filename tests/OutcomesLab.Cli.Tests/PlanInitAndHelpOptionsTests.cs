using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>Issue 14.9: <c>plan init FILE</c> writes the bundled plan as a starting point, and every command lists (and accepts) only the shared options that apply to what it writes.</summary>
public sealed class PlanInitAndHelpOptionsTests
{
    [Fact]
    public void PlanInitWritesAPlanThatValidatesAndRunsFromAnyFolder()
    {
        using var dir = new TempDirectory();
        var plan = dir.File("my-plan.json");
        var (code, stdout, stderr) = CliRunner.Run("plan", "init", plan);
        Assert.True(code == 0, stderr);
        Assert.Equal("", stdout);
        var text = File.ReadAllText(plan);

        // No data/ folder beside it: every data path points at the bundled copy, absolutely.
        Assert.DoesNotContain("\"file\": \"data/", text, StringComparison.Ordinal);
        Assert.Contains("\"completion_day\": 161", text, StringComparison.Ordinal);
        var check = CliRunner.Run("plan", "check", plan);
        Assert.True(check.Code == 0, check.Err);
        Assert.Contains("valid plan", check.Out, StringComparison.Ordinal);

        // Run twice: an existing file is replaced only with --force.
        var again = CliRunner.Run("plan", "init", plan);
        Assert.Equal(2, again.Code);
        Assert.Contains("--force", again.Err, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(plan));
        Assert.Equal(0, CliRunner.Run("plan", "init", plan, "--force").Code);
    }

    [Fact]
    public void PlanInitInACloneKeepsTheRelativeDataPaths()
    {
        var inRepository = RepositoryPaths.Combine($"plan-init-test-{Guid.NewGuid():N}.json");
        try
        {
            var (code, _, stderr) = CliRunner.Run("plan", "init", inRepository);
            Assert.True(code == 0, stderr);
            Assert.Contains("\"file\": \"data/simulated_cohort.csv\"", File.ReadAllText(inRepository), StringComparison.Ordinal);
            Assert.Contains("\"outcomes_file\": \"data/compare_outcomes.json\"", File.ReadAllText(inRepository), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(inRepository);
            File.Delete(inRepository + ".provenance.json");
        }
    }

    [Theory]
    [InlineData("report", "<DIR>", false)]
    [InlineData("plot km", "<FIG.png|svg|pdf|eps|tif>", false)]
    [InlineData("simulate", "The CSV file to write", false)]
    [InlineData("km", "Write the result to this file", true)]
    public void HelpListsOnlyTheOptionsThatApply(string command, string outputHelp, bool hasFormat)
    {
        var (code, stdout, stderr) = CliRunner.Run([.. command.Split(' '), "--help"]);
        Assert.True(code == 0, stderr);
        Assert.Contains(outputHelp, stdout, StringComparison.Ordinal);
        Assert.Equal(hasFormat, stdout.Contains("--format", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOptionThatDoesNotApplyIsRefusedWithTheReason()
    {
        var (code, _, stderr) = CliRunner.Run("report", "--format", "json", "--validate-only");
        Assert.Equal(2, code);
        Assert.Contains("--format does not apply to 'report'", stderr, StringComparison.Ordinal);

        var check = CliRunner.Run("plan", "check", "x.json", "--output", "y.txt");
        Assert.Equal(2, check.Code);
        Assert.Contains("--output does not apply to 'plan check'", check.Err, StringComparison.Ordinal);
    }
}
