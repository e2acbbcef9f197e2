using System.Text;
using System.Text.RegularExpressions;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Cli.Tests;

/// <summary>
/// Every figure kind's PDF, EPS and SVG opened by other programs (issue 17's "done when"): poppler's pdffonts lists
/// only embedded (subset) fonts, poppler's pdftoppm and Ghostscript render the PDF, Ghostscript renders the EPS
/// (-dEPSCrop) with ink on the page, and the SVG carries its physical size in mm with a viewBox. Oracles: the tools
/// themselves (.ci/run installs ghostscript and poppler-utils; a check whose tool is missing is skipped, as in
/// the Plotting tests), and the preset width (85 or 174 mm) for the SVG.
/// </summary>
public sealed partial class PlotFormatsToolsTests
{
    [Theory]
    [MemberData(nameof(PlotFormatsCommandTests.Kinds), MemberType = typeof(PlotFormatsCommandTests))]
    public void Pdf_eps_and_svg_of_every_kind_open_in_poppler_and_ghostscript_with_fonts_embedded(string kind)
    {
        using var dir = new TempDirectory();
        var args = PlotFormatsCommandTests.Args(kind);
        foreach (var ext in new[] { "pdf", "eps", "svg" })
        {
            var (code, _, err) = CliRunner.Run([.. args, "--output", dir.File($"{kind}.{ext}")]);
            Assert.True(code == 0, $"{kind}.{ext}: {err}");
        }

        var pdf = dir.File($"{kind}.pdf");
        if (ExternalTool.Run("pdffonts", pdf) is { } fonts)
        {
            var rows = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Matches(@"\byes\s+yes\b", r)); // every font embedded, as a subset
            Assert.All(rows, r => Assert.Contains("LiberationSans", r, StringComparison.Ordinal));
        }

        if (ExternalTool.Run("pdftoppm", "-r", "50", "-png", "-singlefile", pdf, dir.File("poppler")) is not null)
        {
            Assert.True(new FileInfo(dir.File("poppler.png")).Length > 1000, "pdftoppm wrote an empty page");
        }

        foreach (var (input, extra) in new[] { (pdf, Array.Empty<string>()), (dir.File($"{kind}.eps"), ["-dEPSCrop"]) })
        {
            var png = input + ".gs.png";
            if (ExternalTool.Run("gs", ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", .. extra, "-sDEVICE=pnggray", "-r50", "-o", png, input]) is not null)
            {
                Assert.True(new FileInfo(png).Length > 1000, $"Ghostscript rendered an empty page from {Path.GetFileName(input)}");
            }
        }

        var svg = Encoding.UTF8.GetString(File.ReadAllBytes(dir.File($"{kind}.svg")));
        var root = SvgRoot().Match(svg);
        Assert.True(root.Success, $"{kind}.svg: no width=\"..mm\" height=\"..mm\" viewBox on the root");
        var width = double.Parse(root.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(width, new[] { 85.0, 174.0 });
        Assert.Contains("sans-serif", svg, StringComparison.Ordinal);
    }

    [GeneratedRegex("<svg [^>]*width=\"([0-9.]+)mm\" height=\"([0-9.]+)mm\" viewBox=\"0 0 [0-9.]+ [0-9.]+\"")]
    private static partial Regex SvgRoot();
}
