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

    [Fact]
    public void Panels_auto_stacks_the_causes_when_death_is_rare_and_single_keeps_one_panel()
    {
        using var dir = new TempDirectory();
        int Height(params string[] extra)
        {
            var path = dir.File(string.Join("_", extra).Replace("-", string.Empty, StringComparison.Ordinal) + ".png");
            var (code, _, err) = CliRunner.Run([.. Base, .. extra, "--output", path]);
            Assert.True(code == 0, err);
            using var bitmap = SkiaSharp.SKBitmap.Decode(path);
            return bitmap.Height;
        }

        // Death (3 events in 600) is below a tenth of dropout: auto draws a panel per cause, as per-cause does.
        var auto = Height("--causes", "1=dropout,2=transfer,3=death");
        Assert.Equal(auto, Height("--causes", "1=dropout,2=transfer,3=death", "--panels", "per-cause"));
        Assert.True(Height("--causes", "1=dropout,2=transfer,3=death", "--panels", "single") < auto * 0.8);
        Assert.Equal(Height("--causes", "1=dropout,2=transfer", "--panels", "single"), Height("--causes", "1=dropout,2=transfer"));
        var (bad, _, err) = CliRunner.Run([.. Base, "--panels", "inset", "--output", dir.File("x.png")]);
        Assert.Equal(2, bad);
        Assert.Contains("per-cause", err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_report_stacks_the_cif_panels_and_says_why()
    {
        using var dir = new TempDirectory();
        var output = dir.File("report");
        var (code, _, err) = CliRunner.Run("report", "--output", output);
        Assert.True(code == 0, err);
        var markdown = File.ReadAllText(Path.Combine(output, "report.md"));
        Assert.Contains("one panel per cause, each with its own y-axis, since the highest death curve is below 10% of the highest dropout curve", markdown, StringComparison.Ordinal);
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
