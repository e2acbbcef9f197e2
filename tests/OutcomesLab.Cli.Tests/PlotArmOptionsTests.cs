using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// The shared arm and figure options of the plot commands (issue 17: the CLI takes what the plan and the
/// library allow): --labels, --order, --colors, --linetypes, --legend-title, --x-label/--y-label,
/// --x-max, --break-by and --width/--height. Each must change the figure (the SVG holds the label text,
/// the colour, the legend title, the size in mm) or be refused with exit 2 and nothing written.
/// </summary>
public sealed class PlotArmOptionsTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv");
    private static readonly string Sim = RepositoryPaths.Combine("data", "simulated_cohort.csv");

    private static readonly string[] Km = ["plot", "km", "--input", Addicts, "--time", "days", "--event", "departed", "--group", "clinic"];
    private static readonly string[] Trajectory = ["plot", "trajectory", "--input", Sim, "--visits", "eq_vas,eq_vas_w24", "--group", "arm"];
    private static readonly string[] Distribution = ["plot", "distribution", "--input", Sim, "--value", "eq_vas", "--group", "arm"];
    private static readonly string[] Cif = ["plot", "cif", "--input", Sim, "--time", "time_days", "--event", "event_type", "--group", "arm"];
    private static readonly string[] CoxSurvival = ["plot", "cox-survival", "--input", Sim, "--time", "time_days", "--event", "event", "--covariates", "arm", "--reference", "arm=methadone", "--predict", "arm=methadone", "--predict", "arm=buprenorphine"];
    private static readonly string[] Eq5d = ["plot", "eq5d-profile", "--input", Sim, "--group", "arm"];

    private static List<string> Texts(string svg) => [.. svg.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('<'))];

    private static string Svg(TempDirectory dir, string name, string[] command, params string[] extra)
    {
        var output = dir.File(name);
        var (code, _, err) = CliRunner.Run([.. command, "--output", output, .. extra]);
        Assert.True(code == 0, err);
        return File.ReadAllText(output);
    }

    [Fact]
    public void Km_takes_colours_legend_title_size_and_break_by()
    {
        using var dir = new TempDirectory();
        var plain = Svg(dir, "plain.svg", Km);
        var svg = Svg(dir, "a.svg", Km, "--colors", "#1A2B3C,orange", "--legend-title", "Clinic", "--width", "100", "--height", "90");
        Assert.Contains("stroke=\"#1A2B3C\"", svg, StringComparison.Ordinal);
        Assert.Contains("stroke=\"#E69F00\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("#1A2B3C", plain, StringComparison.Ordinal);
        Assert.Contains("Clinic", Texts(svg));
        Assert.DoesNotContain("Clinic", Texts(plain));
        Assert.Contains("width=\"100mm\" height=\"90mm\"", svg, StringComparison.Ordinal);
        Assert.Equal(Svg(dir, "tick.svg", Km, "--tick-step", "200"), Svg(dir, "break.svg", Km, "--break-by", "200"));
        Assert.Contains("800", Texts(Svg(dir, "b.svg", Km, "--break-by", "200")));
    }

    [Fact]
    public void Trajectory_takes_the_arm_options()
    {
        using var dir = new TempDirectory();
        var plain = Svg(dir, "plain.svg", Trajectory);
        var svg = Svg(dir, "a.svg", Trajectory, "--order", "xr-naltrexone,methadone,buprenorphine", "--labels", "xr-naltrexone=XR-NTX,methadone=Methadone", "--legend-title", "Arm", "--colors", "#1A2B3C,#2B3C4D,#3C4D5E");
        var texts = Texts(svg);
        Assert.True(texts.IndexOf("XR-NTX") >= 0 && texts.IndexOf("XR-NTX") < texts.IndexOf("Methadone"), "--order puts xr-naltrexone first in the legend");
        Assert.Contains("Arm", texts);
        Assert.Contains("#1A2B3C", svg, StringComparison.Ordinal);
        Assert.NotEqual(plain, Svg(dir, "solid.svg", Trajectory, "--linetypes", "solid"));
    }

    [Fact]
    public void Methadone_has_the_same_colour_in_km_trajectory_and_box_plots()
    {
        using var dir = new TempDirectory();
        var km = Svg(dir, "km.svg", ["plot", "km", "--input", Sim, "--time", "time_days", "--event", "event", "--group", "arm", "--colors", "#1A2B3C,#2B3C4D,#3C4D5E", "--no-ci"]);
        var trajectory = Svg(dir, "t.svg", Trajectory, "--colors", "#1A2B3C,#2B3C4D,#3C4D5E");
        var box = Svg(dir, "d.svg", Distribution, "--colors", "#1A2B3C,#2B3C4D,#3C4D5E");

        // Sorted levels: buprenorphine, methadone, xr-naltrexone: methadone takes the second colour everywhere.
        foreach (var svg in new[] { km, trajectory, box })
        {
            Assert.Contains("#2B3C4D", svg, StringComparison.Ordinal);
        }

        // ... and every figure lists the arms in that order, so methadone is the second arm (second colour) in each.
        foreach (var svg in new[] { km, trajectory, box })
        {
            var t = Texts(svg);
            int First(string arm) => t.FindIndex(s => s.StartsWith(arm, StringComparison.Ordinal));
            Assert.True(First("buprenorphine") < First("methadone") && First("methadone") < First("xr-naltrexone"), string.Join(" | ", t));
        }
    }

    [Fact]
    public void Distribution_cif_cox_survival_and_eq5d_take_the_options_that_apply()
    {
        using var dir = new TempDirectory();
        var hist = Svg(dir, "h.svg", Distribution, "--kind", "histogram", "--legend-title", "Arm", "--labels", "methadone=Methadone");
        Assert.Contains("Arm", Texts(hist));
        Assert.Contains("Methadone", Texts(hist));
        var box = Texts(Svg(dir, "b.svg", Distribution, "--order", "xr-naltrexone,methadone,buprenorphine"));
        Assert.True(box.FindIndex(t => t.StartsWith("xr-naltrexone", StringComparison.Ordinal)) < box.FindIndex(t => t.StartsWith("buprenorphine", StringComparison.Ordinal)));

        var cif = Svg(dir, "c.svg", Cif, "--labels", "methadone=Methadone", "--legend-title", "Arm", "--colors", "#1A2B3C,#2B3C4D,#3C4D5E", "--height", "100", "--panels", "single");
        Assert.Contains("Methadone", Texts(cif));
        Assert.Contains("Arm", Texts(cif));
        Assert.Contains("#2B3C4D", cif, StringComparison.Ordinal);
        Assert.Contains("height=\"100mm\"", cif, StringComparison.Ordinal);

        var cox = Svg(dir, "x.svg", CoxSurvival, "--labels", "1=Methadone,2=Buprenorphine", "--colors", "#1A2B3C,#2B3C4D", "--x-max", "200", "--break-by", "50", "--x-label", "Days");
        var coxTexts = Texts(cox);
        Assert.Contains("Buprenorphine", coxTexts);
        Assert.Contains("Days", coxTexts);
        Assert.Contains("200", coxTexts);
        Assert.DoesNotContain("250", coxTexts);
        Assert.Contains("#2B3C4D", cox, StringComparison.Ordinal);

        var eq5d = Texts(Svg(dir, "e.svg", Eq5d, "--labels", "methadone=Methadone"));
        Assert.Contains(eq5d, t => t.Contains("Methadone", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--colors", "#12345,blue", "\"#12345\" is not a colour")]
    [InlineData("--colors", "teal,blue", "\"teal\" is not a colour")]
    [InlineData("--colors", "blue", "1 colour(s) for 2 arm(s)")]
    [InlineData("--height", "10", "--height must be between 30 and 400 mm")]
    [InlineData("--width", "1000", "--width must be between 40 and 400 mm")]
    [InlineData("--break-by", "0", "must be a positive number")]
    [InlineData("--x-max", "-5", "--x-max must be a positive time")]
    public void Bad_values_exit_2_naming_them(string option, string value, string message)
    {
        using var dir = new TempDirectory();
        var (code, _, err) = CliRunner.Run([.. Km, option, value, "--output", dir.File("x.png")]);
        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("x.png")));
    }

    [Theory]
    [InlineData("distribution", "--legend-title", "box plots name the groups")]
    [InlineData("distribution", "--linetypes", "--linetypes")]
    [InlineData("eq5d", "--colors", "--colors")]
    [InlineData("trajectory", "--order", "--order")]
    public void Options_a_figure_cannot_use_are_refused(string figure, string option, string message)
    {
        using var dir = new TempDirectory();
        string[] command = figure switch { "distribution" => Distribution, "eq5d" => Eq5d, _ => Trajectory };
        var value = option switch { "--linetypes" => "solid", "--colors" => "blue,orange,black", "--order" => "methadone", _ => "Arm" };
        var (code, _, err) = CliRunner.Run([.. command, option, value, "--output", dir.File("x.png")]);
        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("x.png")));
    }
}
