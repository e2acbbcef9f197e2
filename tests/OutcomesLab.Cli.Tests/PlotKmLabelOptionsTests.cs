using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// plot km's --order, --labels, --conf-type, --x-max and --x-label (issue 17: the CLI takes what the plan
/// and the library allow). Each option must change the figure: the SVG's legend names and their order,
/// the axis title and end, and the band outline (log-log bands of R survfit differ from log bands).
/// </summary>
public sealed class PlotKmLabelOptionsTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv");

    /// <summary>The text runs of the SVG (Skia writes each one on its own line inside a text element).</summary>
    private static List<string> Texts(string svg) => [.. svg.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('<'))];

    private static string Svg(TempDirectory dir, string name, params string[] extra)
    {
        var output = dir.File(name);
        var (code, _, err) = CliRunner.Run(["plot", "km", "--input", Addicts, "--time", "days", "--event", "departed", "--group", "clinic", "--output", output, .. extra]);
        Assert.True(code == 0, err);
        return File.ReadAllText(output);
    }

    [Fact]
    public void Order_and_labels_rename_and_reorder_the_legend_and_risk_table()
    {
        using var dir = new TempDirectory();
        var svg = Svg(dir, "a.svg", "--order", "2,1", "--labels", "1=Clinic One,2=Clinic Two", "--x-label", "Days in maintenance");
        var texts = Texts(svg);
        var two = texts.IndexOf("Clinic Two");
        var one = texts.IndexOf("Clinic One");
        Assert.True(two >= 0 && one >= 0, "both labels are drawn");
        Assert.True(two < one, "--order 2,1 puts clinic 2 first");
        Assert.Contains("Days in maintenance", texts);
    }

    [Fact]
    public void Conf_type_and_x_max_change_the_figure()
    {
        using var dir = new TempDirectory();
        var log = Svg(dir, "log.svg");
        var logLog = Svg(dir, "loglog.svg", "--conf-type", "log-log");
        Assert.NotEqual(log, logLog);
        var cut = Svg(dir, "cut.svg", "--x-max", "500", "--tick-step", "100");
        Assert.Contains("500", Texts(cut));
        Assert.DoesNotContain("600", Texts(cut));
    }

    [Fact]
    public void Linetypes_solid_draws_other_lines_than_the_varied_default()
    {
        using var dir = new TempDirectory();
        Assert.NotEqual(Svg(dir, "varied.svg"), Svg(dir, "solid.svg", "--linetypes", "solid"));
        Assert.Equal(Svg(dir, "default.svg"), Svg(dir, "explicit.svg", "--linetypes", "varied"));
    }

    [Theory]
    [InlineData("--linetypes", "dashed", "expected varied or solid")]
    [InlineData("--labels", "3=Clinic 3", "the group has no level \"3\"; its levels are 1, 2")]
    [InlineData("--labels", "1", "expected LEVEL=NAME")]
    [InlineData("--order", "1", "--order")]
    public void Bad_label_or_order_is_refused(string option, string value, string message)
    {
        using var dir = new TempDirectory();
        var (code, _, err) = CliRunner.Run("plot", "km", "--input", Addicts, "--time", "days", "--event", "departed", "--group", "clinic", option, value, "--output", dir.File("x.png"));
        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("x.png")));
    }
}
