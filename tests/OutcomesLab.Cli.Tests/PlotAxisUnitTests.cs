using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// The x-axis of the step figures is in the time unit unless --axis-unit says otherwise, as their
/// help states: a time in months (here computed from two dates with --time-unit months) is drawn in
/// months, not converted back to days. Oracle: the documented default of --axis-unit.
/// </summary>
public sealed class PlotAxisUnitTests
{
    private static readonly string Dated = RepositoryPaths.Combine("data", "examples", "dated_cohort.csv");

    [Theory]
    [InlineData("km", new string[0], "(months)")]
    [InlineData("km", new[] { "--axis-unit", "days" }, "(days)")]
    [InlineData("cif", new string[0], "(months)")]
    public void The_axis_is_in_the_time_unit_unless_axis_unit_is_given(string figure, string[] extra, string expected)
    {
        using var dir = new TempDirectory();
        var output = Path.Combine(dir.Path, "figure.svg");
        var (code, _, err) = CliRunner.Run(["plot", figure, "--input", Dated, "--time-from", "start_date", "--time-to", "end_date", "--time-unit", "months", "--event", "event", "--group", "arm", .. extra, "--output", output]);
        Assert.True(code == 0, err);
        Assert.Contains($"since start {expected}", File.ReadAllText(output), StringComparison.Ordinal);
    }
}
