using System.Text;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Every plot command writes PDF, EPS and TIFF chosen by the --output extension (issue 17): the file starts
/// with its format's signature (PDF "%PDF-", EPS "%!PS-Adobe-3.0 EPSF-3.0" with a Type 42 font, TIFF "II*\0"),
/// and --greyscale is refused unless the output is a TIFF.
/// </summary>
public sealed class PlotFormatsCommandTests
{
    private static readonly string Addicts = RepositoryPaths.Combine("data", "addicts", "addicts.csv");
    private static readonly string Simulated = RepositoryPaths.Combine("data", "simulated_cohort.csv");

    public static TheoryData<string> Kinds => ["km", "cif", "cox", "cox-survival", "uds-heatmap", "gap-sensitivity", "forest-compare", "meta", "eq5d-profile", "trajectory", "distribution"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_figure_kind_writes_pdf_eps_and_tiff(string kind)
    {
        using var dir = new TempDirectory();
        foreach (var ext in new[] { "pdf", "eps", "tif" })
        {
            var path = dir.File($"{kind}.{ext}");
            var (code, stdout, err) = CliRunner.Run([.. Args(kind), "--dpi", "100", "--output", path]);
            Assert.True(code == 0, $"{kind}.{ext}: {err}");
            var bytes = File.ReadAllBytes(path);
            var head = Encoding.Latin1.GetString(bytes, 0, 24);
            switch (ext)
            {
                case "pdf":
                    Assert.StartsWith("%PDF-", head, StringComparison.Ordinal);
                    Assert.Contains("/FontFile2", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
                    break;
                case "eps":
                    Assert.StartsWith("%!PS-Adobe-3.0 EPSF-3.0", head, StringComparison.Ordinal);
                    Assert.Contains("/FontType 42 def", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
                    break;
                default:
                    Assert.StartsWith("II*\0", head, StringComparison.Ordinal);
                    Assert.Contains("LZW", stdout, StringComparison.Ordinal);
                    break;
            }
        }
    }

    [Fact]
    public void Greyscale_writes_a_grey_tiff_and_is_refused_for_other_formats()
    {
        using var dir = new TempDirectory();
        var (code, stdout, err) = CliRunner.Run([.. Args("km"), "--greyscale", "--output", dir.File("km.tiff")]);
        Assert.True(code == 0, err);
        Assert.Contains("8-bit grey", stdout, StringComparison.Ordinal);
        (code, _, err) = CliRunner.Run([.. Args("km"), "--greyscale", "--output", dir.File("km.png")]);
        Assert.Equal(2, code);
        Assert.Contains("--greyscale", err, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("km.png")));
    }

    internal static string[] Args(string kind)
    {
        string[] ctn = ["--id", "who", "--day", "when", "--index", RepositoryPaths.Combine("data", "ctn0027", "randomization.csv"), "--index-day", "when", "--index-filter", "which=1", "--group", "treatment"];
        return kind switch
        {
            "km" => ["plot", "km", "--input", Addicts, "--time", "days", "--event", "departed", "--group", "clinic"],
            "cif" => ["plot", "cif", "--input", Simulated, "--time", "time_days", "--event", "event_type", "--group", "arm", "--causes", "1=dropout,2=transfer,3=death", "--axis-unit", "months"],
            "cox" => ["plot", "cox", "--input", Addicts, "--time", "days", "--event", "departed", "--covariates", "clinic,prison,mdose"],
            "cox-survival" => ["plot", "cox-survival", "--input", Addicts, "--time", "days", "--event", "departed", "--covariates", "clinic,prison,mdose", "--predict", "clinic=1,prison=0,mdose=60", "--predict", "clinic=2,prison=0,mdose=60"],
            "uds-heatmap" => ["plot", "uds-heatmap", "--uds", RepositoryPaths.Combine("data", "ctn0027", "uds.csv"), "--visits", RepositoryPaths.Combine("data", "ctn0027", "visit.csv"), "--visit-filter", "what=visit", "--substance", "Opioid", .. ctn, "--weeks", "1-24"],
            "gap-sensitivity" => ["plot", "gap-sensitivity", "--dispensing", RepositoryPaths.Combine("data", "ctn0027", "treatment.csv"), .. ctn, "--gap-sweep", "7,14,none", "--retained-at", "161", "--horizon", "168"],
            "forest-compare" => ["plot", "forest-compare", "--input", Simulated, "--group", "arm", "--treatment", "buprenorphine", "--control", "methadone", "--outcomes", RepositoryPaths.Combine("data", "compare_outcomes.json"), "--preset", "journal-double"],
            "meta" => ["plot", "meta", "--input", ReferenceFixture.DataPath("dat_bcg.csv"), "--measure", "RR", "--ai", "tpos", "--bi", "tneg", "--ci", "cpos", "--di", "cneg", "--study", "author", "--preset", "journal-double"],
            "eq5d-profile" => ["plot", "eq5d-profile", "--input", Simulated, "--items", "mo,sc,ua,pd,ad", "--group", "arm"],
            "trajectory" => ["plot", "trajectory", "--input", Simulated, "--visits", "eq_vas,eq_vas_w24", "--visit-labels", "Baseline,Week 24", "--visit-times", "0,24", "--group", "arm"],
            _ => ["plot", "distribution", "--input", Simulated, "--value", "eq_vas_w24", "--group", "arm"],
        };
    }
}
