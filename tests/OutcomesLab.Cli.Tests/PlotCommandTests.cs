using OutcomesLab.Testing;
using SkiaSharp;
using Xunit;

namespace OutcomesLab.Cli.Tests;

public sealed class PlotCommandTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv");
    private static readonly string Simulated = RepositoryPaths.Combine("data", "simulated_cohort.csv");

    private static string[] Ctn0027Uds => [
        "--uds", RepositoryPaths.Combine("data", "ctn0027", "uds.csv"), "--visits", RepositoryPaths.Combine("data", "ctn0027", "visit.csv"), "--visit-filter", "what=visit",
        "--id", "who", "--day", "when", "--substance", "Opioid", "--index", RepositoryPaths.Combine("data", "ctn0027", "randomization.csv"), "--index-day", "when",
        "--index-filter", "which=1", "--group", "treatment"];

    [Fact]
    public void Forest_compare_and_meta_from_the_compare_and_meta_inputs()
    {
        using var dir = new TempDirectory();
        var domains = dir.File("domains.png");
        var (code, stdout, err) = CliRunner.Run("plot", "forest-compare", "--input", Simulated, "--group", "arm", "--treatment", "buprenorphine", "--control", "methadone", "--outcomes", RepositoryPaths.Combine("data", "compare_outcomes.json"), "--output", domains);
        Assert.True(code == 0, err);
        Assert.Contains("2055 x", stdout, StringComparison.Ordinal);
        using (var bitmap = SKBitmap.Decode(domains))
        {
            Assert.Equal(2055, bitmap.Width);
        }

        var meta = dir.File("meta.svg");
        (code, _, err) = CliRunner.Run("plot", "meta", "--input", ReferenceFixture.DataPath("dat_bcg.csv"), "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg", "--study", "author", "--output", meta);
        Assert.True(code == 0, err);
        var svg = File.ReadAllText(meta);
        Assert.Contains("Aronson", svg, StringComparison.Ordinal);
        (code, _, err) = CliRunner.Run("plot", "meta", "--input", ReferenceFixture.DataPath("dat_bcg.csv"), "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg", "--output", dir.File("m.png"));
        Assert.Equal(2, code);
        Assert.Contains("--measure", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Gap_sensitivity_from_the_retention_inputs()
    {
        using var dir = new TempDirectory();
        var path = dir.File("gaps.png");
        string[] ctn = ["--dispensing", RepositoryPaths.Combine("data", "ctn0027", "treatment.csv"), "--id", "who", "--day", "when", "--index", RepositoryPaths.Combine("data", "ctn0027", "randomization.csv"), "--index-day", "when", "--index-filter", "which=1", "--group", "treatment"];
        var (code, stdout, err) = CliRunner.Run(["plot", "gap-sensitivity", .. ctn, "--gap-sweep", "7,14,none", "--retained-at", "161", "--horizon", "168", "--percent", "--preset", "journal-double", "--output", path]);
        Assert.True(code == 0, err);
        using var bitmap = SKBitmap.Decode(path);
        Assert.Equal((int)Math.Round(174 / 25.4 * 300, MidpointRounding.AwayFromZero), bitmap.Width);
        (code, _, err) = CliRunner.Run(["plot", "gap-sensitivity", .. ctn, "--gap-sweep", "7", "--retained-at", "90,161", "--output", dir.File("x.png")]);
        Assert.Equal(2, code);
        Assert.Contains("one day", err, StringComparison.Ordinal);

        // --suppress-below: with K = 300 the points of fewer than 300 retained patients (buprenorphine
        // with a 7-day gap retains ~270 of 727) are left out, so the figure changes; K = 1 is refused.
        string[] svg = ["plot", "gap-sensitivity", .. ctn, "--gap-sweep", "7,14,none", "--retained-at", "161", "--horizon", "168"];
        Assert.Equal(0, CliRunner.Run([.. svg, "--output", dir.File("all.svg")]).Code);
        (code, _, err) = CliRunner.Run([.. svg, "--suppress-below", "300", "--output", dir.File("suppressed.svg")]);
        Assert.True(code == 0, err);
        Assert.NotEqual(File.ReadAllBytes(dir.File("all.svg")), File.ReadAllBytes(dir.File("suppressed.svg")));
        (code, _, err) = CliRunner.Run([.. svg, "--suppress-below", "1", "--output", dir.File("k1.svg")]);
        Assert.Equal(2, code);
        Assert.Contains("--suppress-below must be at least 2", err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("k1.svg")));
    }

    [Fact]
    public void Eq5d_profile_and_trajectory_from_the_cohort_csv()
    {
        using var dir = new TempDirectory();
        var input = RepositoryPaths.Combine("data", "simulated_cohort.csv");
        var (code, stdout, err) = CliRunner.Run(["plot", "eq5d-profile", "--input", input, "--group", "arm", "--output", dir.File("eq5d.png")]);
        Assert.True(code == 0, err);
        Assert.Contains("1004 x", stdout, StringComparison.Ordinal);
        (code, _, err) = CliRunner.Run(["plot", "trajectory", "--input", input, "--visits", "eq_vas,eq_vas_w24", "--visit-labels", "Baseline,Week 24", "--group", "arm", "--norm", "70,90", "--output", dir.File("traj.svg")]);
        Assert.True(code == 0, err);
        Assert.Contains("Week 24", File.ReadAllText(dir.File("traj.svg")), StringComparison.Ordinal);
        (code, _, err) = CliRunner.Run(["plot", "trajectory", "--input", input, "--visits", "eq_vas,eq_vas_w24", "--group", "arm", "--individual", "--output", dir.File("traj-ind.svg")]);
        Assert.True(code == 0, err);
        Assert.True(new FileInfo(dir.File("traj-ind.svg")).Length > new FileInfo(dir.File("traj.svg")).Length);
        (code, _, err) = CliRunner.Run(["plot", "eq5d-profile", "--input", input, "--items", "mo,sc,ua,pd,eq_vas", "--output", dir.File("bad.png")]);
        Assert.NotEqual(0, code);
        Assert.Contains("line 2, column \"eq_vas\"", err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("bad.png")));
        (code, _, err) = CliRunner.Run(["plot", "trajectory", "--input", input, "--visits", "eq_vas,eq_vas_w24", "--visit-labels", "Baseline", "--group", "arm", "--output", dir.File("bad.png")]);
        Assert.Equal(2, code);
        Assert.Contains("--visit-labels", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_forest_is_the_cox_hazard_ratio_forest()
    {
        using var dir = new TempDirectory();
        var (code, stdout, err) = CliRunner.Run(["plot", "forest", "--input", RepositoryPaths.Combine("data", "addicts", "addicts.csv"), "--time", "days", "--event", "departed",
            "--covariates", "prison,mdose", "--output", dir.File("forest.svg")]);
        Assert.True(code == 0, err);
        Assert.Contains("forest.svg", stdout, StringComparison.Ordinal);
        Assert.Contains("prison", File.ReadAllText(dir.File("forest.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void Distribution_box_and_histogram_from_the_cohort_csv()
    {
        using var dir = new TempDirectory();
        var input = RepositoryPaths.Combine("data", "simulated_cohort.csv");
        var (code, stdout, err) = CliRunner.Run(["plot", "distribution", "--input", input, "--value", "eq_vas_w24", "--group", "arm", "--output", dir.File("box.svg")]);
        Assert.True(code == 0, err);
        Assert.Contains("354 of 600 rows", err, StringComparison.Ordinal);

        // 600 rows, 354 without a week-24 VAS (counted independently in DescribeDataTests): n per arm on the axis labels.
        var svg = File.ReadAllText(dir.File("box.svg"));
        Assert.Contains("n=76", svg, StringComparison.Ordinal);
        Assert.Contains("n=99", svg, StringComparison.Ordinal);
        (code, _, err) = CliRunner.Run(["plot", "distribution", "--input", input, "--value", "eq_vas", "--group", "arm", "--kind", "histogram", "--output", dir.File("hist.png")]);
        Assert.True(code == 0, err);
        (code, _, err) = CliRunner.Run(["plot", "distribution", "--input", input, "--value", "arm", "--output", dir.File("bad.png")]);
        Assert.Equal(2, code);
        Assert.Contains("line 2, column \"arm\"", err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("bad.png")));
        Assert.NotNull(stdout);
    }

    [Fact]
    public void Uds_heatmap_from_the_uds_inputs_sorted_by_time_in_treatment()
    {
        using var dir = new TempDirectory();
        var path = dir.File("uds.png");
        var (code, stdout, err) = CliRunner.Run(["plot", "uds-heatmap", .. Ctn0027Uds, "--dispensing", RepositoryPaths.Combine("data", "ctn0027", "treatment.csv"), "--horizon", "168", "--output", path]);
        Assert.True(code == 0, err);
        Assert.Contains("1004 x", stdout, StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(path);
        Assert.Equal(1004, bitmap.Width);
        var svg = dir.File("uds.svg");
        (code, _, err) = CliRunner.Run(["plot", "uds-heatmap", .. Ctn0027Uds, "--weeks", "1-12", "--output", svg]);
        Assert.True(code == 0, err);
        Assert.Contains("by last week with a sample", File.ReadAllText(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void Km_png_has_the_preset_size_and_resolution()
    {
        using var dir = new TempDirectory();
        var path = dir.File("km.png");
        var (code, stdout, err) = CliRunner.Run("plot", "km", "--input", Addicts, "--time", "days", "--event", "departed", "--group", "clinic", "--median", "--output", path);
        Assert.True(code == 0, err);
        Assert.Contains("1004 x", stdout, StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(path);
        Assert.Equal(1004, bitmap.Width);
        Assert.True(bitmap.Height > 500);
    }

    [Fact]
    public void Double_column_at_600_dpi()
    {
        using var dir = new TempDirectory();
        var path = dir.File("cif.png");
        var (code, _, err) = CliRunner.Run("plot", "cif", "--input", Simulated, "--time", "time_days", "--event", "event_type", "--group", "arm", "--causes", "1=dropout,3=death", "--preset", "journal-double", "--dpi", "600", "--output", path);
        Assert.True(code == 0, err);
        using var bitmap = SKBitmap.Decode(path);
        Assert.Equal((int)Math.Round(174 / 25.4 * 600, MidpointRounding.AwayFromZero), bitmap.Width);
    }

    [Fact]
    public void Svg_output_is_byte_identical_across_runs_and_cultures()
    {
        using var dir = new TempDirectory();
        string[] args = ["plot", "cox", "--input", Addicts, "--time", "days", "--event", "departed", "--covariates", "clinic,prison,mdose", "--label", "mdose=Methadone dose (mg)"];
        Assert.Equal(0, CliRunner.Run([.. args, "--output", dir.File("a.svg")]).Code);
        Assert.Equal(0, CliRunner.RunUnderCulture("de-DE", [.. args, "--output", dir.File("b.svg")]).Code);
        var a = File.ReadAllBytes(dir.File("a.svg"));
        Assert.Equal(a, File.ReadAllBytes(dir.File("b.svg")));
        Assert.Contains("Methadone dose (mg)", System.Text.Encoding.UTF8.GetString(a), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fig.txt", "must end in .png, .svg, .pdf, .eps, .tif or .tiff")]
    [InlineData(null, "needs --output")]
    public void Bad_output_is_a_usage_error_and_writes_nothing(string? name, string message)
    {
        using var dir = new TempDirectory();
        string[] args = ["plot", "km", "--input", Addicts, "--time", "days", "--event", "departed"];
        var (code, _, err) = CliRunner.Run(name is null ? args : [.. args, "--output", dir.File(name)]);
        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Existing_output_needs_force()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("km.png", "old");
        string[] args = ["plot", "km", "--input", Addicts, "--time", "days", "--event", "departed", "--output", path];
        Assert.Equal(2, CliRunner.Run(args).Code);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(0, CliRunner.Run([.. args, "--force"]).Code);
        Assert.NotEqual("old", File.ReadAllText(path));
    }

    [Fact]
    public void Unknown_cause_names_the_causes()
    {
        using var dir = new TempDirectory();
        var (code, _, err) = CliRunner.Run("plot", "cif", "--input", Simulated, "--time", "time_days", "--event", "event_type", "--causes", "7", "--output", dir.File("c.png"));
        Assert.Equal(2, code);
        Assert.Contains("cause 7 does not occur", err, StringComparison.Ordinal);
    }
}
