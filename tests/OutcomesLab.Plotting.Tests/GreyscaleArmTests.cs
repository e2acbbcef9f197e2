using System.Globalization;
using BitMiracle.LibTiff.Classic;
using OutcomesLab.Outcomes;
using OutcomesLab.Survival;
using SkiaSharp;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

/// <summary>
/// Greyscale distinguishability (issue 17): the arms of a 3-arm figure must stay apart when it is
/// printed in grey. Each arm's line pixels are found in the colour render (pixels of the arm's exact
/// colour: the line cores, not the anti-aliased edges) and measured in the 8-bit greyscale TIFF of the
/// same figure (BT.709 luma, as journals' greyscale conversion). Two signatures are measured per arm:
/// <list type="bullet">
/// <item>the mean grey of its line pixels. Okabe–Ito blue, vermillion and bluish green become greys
/// of about 94, 112 and 121 of 255 (differences 9 to 27); we ask a difference of at least 40 (about 16% of
/// the range) to call two thin lines apart by grey alone, since 0.75–1 pt lines are too thin for a reader
/// to compare the tone of, and halftone screens shift greys by several per cent. Colour alone fails this.</item>
/// <item>the dash pattern: sampling along the curve column by column, the median length (in pixels) of the
/// runs of columns the arm's line covers. A solid line covers its whole extent in one run; dashes and
/// dots give short runs of different lengths. Two arms differ by pattern when one median run is at least
/// 1.5 times the other.</item>
/// </list>
/// Every pair of arms must differ by grey or by pattern; with <see cref="ArmLineTypes.Solid"/> (colour only)
/// the same measurement must find a pair that differs by neither, which shows the test can fail.
/// </summary>
public sealed class GreyscaleArmTests
{
    private const double GreyThreshold = 40;
    private const double PatternRatio = 1.5;

    [Fact]
    public void Three_arm_km_curves_stay_apart_in_greyscale_by_line_type()
    {
        var fit = KaplanMeier.Fit(SimulatedArms());
        Assert.Equal(3, fit.Curves.Length);
        KaplanMeierPlotOptions Options(ArmLineTypes lines) => new() { ConfidenceBands = false, CensorMarks = false, RiskTable = RiskTableRows.None, Arms = new ArmStyles { LineTypes = lines } };
        var varied = Measure(KaplanMeierFigure.Create(fit, Options(ArmLineTypes.Varied)), "km-3arm", 3);
        AssertApart(varied);
        var solid = Measure(KaplanMeierFigure.Create(fit, Options(ArmLineTypes.Solid)), "km-3arm-solid", 3);
        AssertNotApart(solid);
    }

    [Fact]
    public void Three_arm_trajectory_lines_stay_apart_in_greyscale_by_line_type()
    {
        var (h, rows) = TestData.Csv("simulated_cohort.csv");
        int a = Array.IndexOf(h, "eq_vas"), b = Array.IndexOf(h, "eq_vas_w24"), arm = Array.IndexOf(h, "arm");
        static double Value(string s) => s.Length == 0 || s == "NA" ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);
        var result = QolTrajectory.Compute([.. rows.Select(r => (IReadOnlyList<double>)[Value(r[a]), Value(r[b])])], ["Baseline", "Week 24"], null, [.. rows.Select(r => r[arm])]);
        Assert.Equal(3, result.Groups.Length);
        var varied = Measure(QolTrajectoryFigure.Create(result, new QolTrajectoryPlotOptions()), "trajectory-3arm", 3);
        AssertApart(varied);
        var solid = Measure(QolTrajectoryFigure.Create(result, new QolTrajectoryPlotOptions { Arms = new ArmStyles { LineTypes = ArmLineTypes.Solid } }), "trajectory-3arm-solid", 3);
        AssertNotApart(solid);
    }

    private static SurvivalSample SimulatedArms()
    {
        var (h, rows) = TestData.Csv("simulated_cohort.csv");
        int time = Array.IndexOf(h, "time_days"), evt = Array.IndexOf(h, "event"), arm = Array.IndexOf(h, "arm");
        return SurvivalSample.Create([.. rows.Select(r => TestData.Num(r[time]))], [.. rows.Select(r => r[evt] == "1")], [.. rows.Select(r => r[arm])]);
    }

    private static void AssertApart(List<(double Grey, double Run, int Pixels)> arms)
    {
        for (var i = 0; i < arms.Count; i++)
        {
            for (var j = i + 1; j < arms.Count; j++)
            {
                Assert.True(Apart(arms[i], arms[j]), $"arms {i} and {j} look alike in grey: {Describe(arms)}");
            }
        }

        // The colours alone are too close in grey: the pattern is what keeps them apart.
        Assert.Contains(arms.SelectMany((x, i) => arms.Skip(i + 1), (x, y) => Math.Abs(x.Grey - y.Grey)), d => d < GreyThreshold);
    }

    private static void AssertNotApart(List<(double Grey, double Run, int Pixels)> arms)
    {
        var alike = arms.SelectMany((x, i) => arms.Skip(i + 1), (x, y) => !Apart(x, y)).Any(b => b);
        Assert.True(alike, $"with solid lines some arms should differ by neither grey nor pattern: {Describe(arms)}");
    }

    private static bool Apart((double Grey, double Run, int Pixels) x, (double Grey, double Run, int Pixels) y) =>
        Math.Abs(x.Grey - y.Grey) >= GreyThreshold || Math.Max(x.Run, y.Run) >= PatternRatio * Math.Min(x.Run, y.Run);

    private static string Describe(List<(double Grey, double Run, int Pixels)> arms) =>
        string.Join("; ", arms.Select((a, i) => string.Create(CultureInfo.InvariantCulture, $"arm {i}: grey {a.Grey:0.0}, median run {a.Run:0.0} px, {a.Pixels} px")));

    /// <summary>Per arm (Okabe–Ito colour k): the mean grey of its line pixels in the greyscale TIFF and the median run of covered columns.</summary>
    private static List<(double Grey, double Run, int Pixels)> Measure(Figure figure, string name, int arms)
    {
        using var colour = SKBitmap.Decode(figure.ToPng());
        var tiff = figure.ToTiff(greyscale: true);
        TestData.Keep(name + "-grey.tif", tiff);
        TestData.Keep(name + ".png", figure.ToPng());
        using var decoded = Tiff.ClientOpen(name, "r", new MemoryStream(tiff), new TiffStream())!;
        var grey = new byte[figure.PixelHeight][];
        for (var y = 0; y < figure.PixelHeight; y++)
        {
            grey[y] = new byte[decoded.ScanlineSize()];
            Assert.True(decoded.ReadScanline(grey[y], y));
        }

        // Only the plot below the legend: the legend keys would merge their columns with the curves'.
        var legend = figure.Panel("legend");
        var startY = (int)Math.Ceiling((legend.Top + legend.Height) / figure.HeightUnits * figure.PixelHeight);
        var result = new List<(double, double, int)>();
        for (var k = 0; k < arms; k++)
        {
            var target = OkabeIto.ForSeries(k);
            var covered = new bool[colour.Width];
            double sum = 0;
            var n = 0;
            for (var y = startY; y < colour.Height; y++)
            {
                for (var x = 0; x < colour.Width; x++)
                {
                    var c = colour.GetPixel(x, y);
                    if (Math.Abs(c.Red - target.R) <= 24 && Math.Abs(c.Green - target.G) <= 24 && Math.Abs(c.Blue - target.B) <= 24)
                    {
                        sum += grey[y][x];
                        n++;
                        covered[x] = true;
                    }
                }
            }

            Assert.True(n > 200, $"arm {k}: only {n} pixels of its colour found");
            result.Add((sum / n, MedianRun(covered), n));
        }

        return result;
    }

    /// <summary>The median length of the runs of consecutive covered columns.</summary>
    private static double MedianRun(bool[] covered)
    {
        var runs = new List<int>();
        var length = 0;
        foreach (var c in covered.Append(false))
        {
            if (c)
            {
                length++;
            }
            else if (length > 0)
            {
                runs.Add(length);
                length = 0;
            }
        }

        runs.Sort();
        return runs.Count == 0 ? 0 : runs[runs.Count / 2];
    }
}
