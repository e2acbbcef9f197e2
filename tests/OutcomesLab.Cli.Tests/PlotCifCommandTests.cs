using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// <c>plot cif</c>'s CI bands (--ci, --no-ci, --conf-type, --variance, --conf-level) and panel layout (--panels).
/// Oracle: the options' contract (every accepted option changes the figure; an option that cannot act is refused with exit 2).
/// </summary>
public sealed class PlotCifCommandTests
{
    private static readonly string[] Base = ["plot", "cif", "--input", RepositoryPaths.Combine("data", "simulated_cohort.csv"), "--time", "time_days", "--event", "event_type", "--group", "arm", "--dpi", "100"];

    [Fact]
    public void Bands_are_off_by_default_and_the_interval_options_change_them()
    {
        using var dir = new TempDirectory();
        byte[] Run(string name, params string[] extra)
        {
            var path = dir.File(name);
            var (code, _, err) = CliRunner.Run([.. Base, .. extra, "--output", path]);
            Assert.True(code == 0, err);
            return File.ReadAllBytes(path);
        }

        var plain = Run("plain.png");
        Assert.Equal(plain, Run("no-ci.png", "--no-ci"));
        var log = Run("log.png", "--ci");
        Assert.NotEqual(plain, log);
        Assert.Equal(log, Run("log2.png", "--ci", "--conf-type", "log"));
        Assert.NotEqual(log, Run("loglog.png", "--ci", "--conf-type", "log-log"));
        Assert.NotEqual(log, Run("jackknife.png", "--ci", "--variance", "jackknife"));
        Assert.NotEqual(log, Run("level.png", "--ci", "--conf-level", "0.9"));
    }

    [Theory]
    [InlineData(new[] { "--conf-type", "log-log" }, "--conf-type sets the interval of the CI bands, which are off: add --ci")]
    [InlineData(new[] { "--variance", "jackknife" }, "--variance sets the interval of the CI bands, which are off: add --ci")]
    [InlineData(new[] { "--ci", "--no-ci" }, "--ci and --no-ci contradict each other")]
    [InlineData(new[] { "--ci", "--conf-type", "logit" }, "logit")]
    public void Interval_options_that_cannot_act_are_refused(string[] extra, string expected)
    {
        using var dir = new TempDirectory();
        var path = dir.File("c.png");
        var (code, _, err) = CliRunner.Run([.. Base, .. extra, "--output", path]);
        Assert.Equal(2, code);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
