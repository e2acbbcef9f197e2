using System.Globalization;
using System.Text.RegularExpressions;
using OutcomesLab.Testing;
using SkiaSharp;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary><c>plot cox-survival</c>: the figure of the predicted curves that <c>cox --predictions-out</c> writes (their numbers are checked against R in <see cref="CoxOutputsCommandTests"/>).</summary>
public sealed class PlotCoxSurvivalCommandTests
{
    private static readonly string[] Retention = ["plot", "cox-survival", "--input", ReferenceFixture.DataPath("retention_synthetic.csv"), "--time", "time_days", "--event", "event", "--covariates", "arm,age,dose_mg"];

    [Fact]
    public void Draws_one_labelled_curve_per_profile_with_the_at_risk_row_of_the_data()
    {
        using var dir = new TempDirectory();
        string[] profiles = ["arm=methadone,age=40,dose_mg=60", "arm=xr_naltrexone,age=50,dose_mg=80"];
        var (code, _, err) = CliRunner.Run([.. Retention, "--predict", profiles[0], "--predict", profiles[1], "--tick-step", "90", "--output", dir.File("curves.svg")]);
        Assert.True(code == 0, err);
        var texts = Regex.Matches(File.ReadAllText(dir.File("curves.svg")), ">([^<>]+)</text>").Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.All(profiles, p => Assert.Contains(p, texts));
        Assert.Contains("Number at risk", texts);
        Assert.Contains("All", texts);

        // The at-risk row at t = 0 and 90 is the data's (R survfit n.risk: 600 at the first time; the count still at risk at day 90).
        var r = ReferenceFixture.Survival("retention_cox_predict")["predictions"]![0]!;
        var times = ReferenceFixture.Numbers(r["time"]);
        var nRisk = ReferenceFixture.Numbers(r["n_risk"]);
        var at90 = nRisk[Array.FindIndex(times, t => t >= 90)]!.Value;
        var row = texts.SkipWhile(t => t != "All").Skip(1).Take(2).ToList();
        Assert.Equal(["600", at90.ToString(CultureInfo.InvariantCulture)], row);
    }

    [Fact]
    public void Png_is_written_at_the_preset_size()
    {
        using var dir = new TempDirectory();
        var (code, _, err) = CliRunner.Run([.. Retention, "--preset", "journal-double", "--dpi", "150", "--output", dir.File("means.png")]);
        Assert.True(code == 0, err);
        using var bitmap = SKBitmap.Decode(dir.File("means.png"));
        Assert.Equal((int)Math.Round(174 / 25.4 * 150), bitmap.Width);
    }

    [Theory]
    [InlineData("arm=methadone,age=40", "does not give dose_mg")]
    [InlineData("arm=nope,age=40,dose_mg=60", "\"nope\" is not a level of arm")]
    public void Bad_profile_exits_2_and_writes_nothing(string profile, string expected)
    {
        using var dir = new TempDirectory();
        var (code, _, err) = CliRunner.Run([.. Retention, "--predict", profile, "--output", dir.File("x.png")]);
        Assert.Equal(2, code);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
