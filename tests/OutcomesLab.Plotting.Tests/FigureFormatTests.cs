using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BitMiracle.LibTiff.Classic;
using OutcomesLab.Survival;
using OutcomesLab.Testing;
using SkiaSharp;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

/// <summary>
/// The journal formats (PDF, EPS, TIFF) and the SVG's physical size. Oracles: the physical size by hand
/// (85 mm = 85 / 25.4 × 72 = 240.945 pt), the TIFF 6.0 tag layout read byte by byte here, the PNG of the same
/// figure decoded by Skia for the TIFF pixels, and where installed poppler's pdffonts and Ghostscript
/// (.ci/run installs both).
/// </summary>
public sealed partial class FigureFormatTests
{
    private static readonly KaplanMeierResult Fit = TestData.AddictsKm();

    private static Figure Km(int dpi = 150) => KaplanMeierFigure.Create(Fit, new KaplanMeierPlotOptions { Preset = FigurePreset.JournalSingle.WithDpi(dpi), PValue = 0.01 });

    [Theory]
    [InlineData("a.png", FigureFormat.Png)]
    [InlineData("a.SVG", FigureFormat.Svg)]
    [InlineData("dir/a.pdf", FigureFormat.Pdf)]
    [InlineData("a.eps", FigureFormat.Eps)]
    [InlineData("a.tif", FigureFormat.Tiff)]
    [InlineData("a.TIFF", FigureFormat.Tiff)]
    public void Format_is_chosen_by_extension(string path, FigureFormat format) => Assert.Equal(format, Figure.FormatOf(path));

    [Fact]
    public void Pdf_page_is_the_physical_size_in_points_with_the_font_embedded()
    {
        var figure = Km();
        var pdf = figure.ToPdf();
        var path = TestData.Keep("km.pdf", pdf);
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        var box = MediaBox().Match(text);
        Assert.True(box.Success, "no /MediaBox");
        var width = double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture);
        var height = double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.InRange(width, (85 / 25.4 * 72) - 0.05, (85 / 25.4 * 72) + 0.05);
        Assert.InRange(height, (figure.HeightMm / 25.4 * 72) - 0.05, (figure.HeightMm / 25.4 * 72) + 0.05);
        Assert.Contains("/FontFile2", text, StringComparison.Ordinal);
        Assert.Contains("LiberationSans", text, StringComparison.Ordinal);
        if (ExternalTool.Run("pdffonts", path) is { } fonts)
        {
            var rows = fonts.Split('\n').Where(l => l.Contains("LiberationSans", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Matches(@"\byes\s+yes\b", r)); // emb, sub
        }
    }

    [Fact]
    public void Eps_has_the_bounding_box_in_points_a_type42_font_and_renders_in_ghostscript()
    {
        var figure = Km();
        var eps = figure.ToEps();
        var path = TestData.Keep("km.eps", eps);
        var text = Encoding.ASCII.GetString(eps);
        Assert.StartsWith("%!PS-Adobe-3.0 EPSF-3.0\n", text, StringComparison.Ordinal);
        var w = 85 / 25.4 * 72;
        var h = figure.HeightMm / 25.4 * 72;
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"%%BoundingBox: 0 0 {(int)Math.Ceiling(w)} {(int)Math.Ceiling(h)}\n"), text, StringComparison.Ordinal);
        var hires = Regex.Match(text, @"%%HiResBoundingBox: 0 0 ([0-9.]+) ([0-9.]+)");
        NumericAssert.Close(w, double.Parse(hires.Groups[1].Value, CultureInfo.InvariantCulture), 1e-4, 1e-3, "width pt");
        NumericAssert.Close(h, double.Parse(hires.Groups[2].Value, CultureInfo.InvariantCulture), 1e-4, 1e-3, "height pt");
        Assert.Contains("/FontType 42 def", text, StringComparison.Ordinal);
        Assert.Contains("/sfnts [", text, StringComparison.Ordinal);
        Assert.DoesNotContain("setfont (", text, StringComparison.Ordinal);
        Assert.All(eps, b => Assert.InRange(b, (byte)9, (byte)126));
        var png = Path.Combine(Path.GetDirectoryName(path)!, "km-eps-gs.png");
        if (ExternalTool.Run("gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-dEPSCrop", "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4", "-sDEVICE=png16m", "-r300", "-o", png, path) is not null)
        {
            using var bitmap = SKBitmap.Decode(png);
            Assert.InRange(bitmap.Width, (int)Math.Round(w / 72 * 300) - 1, (int)Math.Round(w / 72 * 300) + 1);
            Assert.InRange(bitmap.Height, (int)Math.Round(h / 72 * 300) - 1, (int)Math.Round(h / 72 * 300) + 1);

            // Ink where the PNG of the same figure has ink: the curves and the text are drawn.
            using var reference = SKBitmap.Decode(KaplanMeierFigure.Create(Fit, new KaplanMeierPlotOptions { Preset = FigurePreset.JournalSingle.WithDpi(300), PValue = 0.01 }).ToPng());
            var dark = Dark(bitmap);
            var expected = Dark(reference);
            Assert.InRange(dark, expected * 0.7, expected * 1.4);
        }
    }

    [Theory]
    [InlineData(false, 3, 2)]
    [InlineData(true, 1, 1)]
    public void Tiff_is_lzw_at_the_chosen_dpi_and_has_the_pixels_of_the_png(bool greyscale, int samples, int photometric)
    {
        var figure = Km(200);
        var tiff = figure.ToTiff(greyscale);
        TestData.Keep(greyscale ? "km-grey.tif" : "km.tif", tiff);
        var tags = Tags(tiff);
        Assert.Equal(figure.PixelWidth, (int)tags[256]);
        Assert.Equal(figure.PixelHeight, (int)tags[257]);
        Assert.Equal(5, (int)tags[259]); // LZW
        Assert.Equal(photometric, (int)tags[262]);
        Assert.Equal(samples, (int)tags[277]);
        Assert.Equal(200, tags[282]);
        Assert.Equal(200, tags[283]);
        Assert.Equal(2, (int)tags[296]); // inch

        using var reference = SKBitmap.Decode(figure.ToPng());
        using var decoded = Tiff.ClientOpen("km.tif", "r", new MemoryStream(tiff), new TiffStream())!;
        var row = new byte[decoded.ScanlineSize()];
        var worst = 0;
        for (var y = 0; y < figure.PixelHeight; y++)
        {
            // LZW strips decode front to back: read every row.
            Assert.True(decoded.ReadScanline(row, y));
            for (var x = 0; x < figure.PixelWidth; x++)
            {
                var c = reference.GetPixel(x, y);
                var diff = greyscale
                    ? Math.Abs(row[x] - ((0.2126 * c.Red) + (0.7152 * c.Green) + (0.0722 * c.Blue)))
                    : Math.Max(Math.Abs(row[3 * x] - c.Red), Math.Max(Math.Abs(row[(3 * x) + 1] - c.Green), Math.Abs(row[(3 * x) + 2] - c.Blue)));
                worst = Math.Max(worst, (int)Math.Ceiling(diff - 0.5));
            }
        }

        Assert.True(worst <= 1, $"TIFF pixels differ from the PNG's by up to {worst}");
    }

    [Fact]
    public void Svg_has_the_physical_size_in_mm_a_viewbox_and_a_generic_font_fallback()
    {
        var figure = Km();
        var svg = Encoding.UTF8.GetString(figure.ToSvg());
        var root = Regex.Match(svg, "<svg [^>]*>").Value;
        Assert.Contains("width=\"85mm\"", root, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"height=\"{figure.HeightMm:0.###}mm\""), root, StringComparison.Ordinal);
        var viewBox = Regex.Match(root, "viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
        NumericAssert.Close(85 / 25.4 * 96, double.Parse(viewBox.Groups[1].Value, CultureInfo.InvariantCulture), 1e-6, 1e-4, "viewBox width");
        var families = Regex.Matches(svg, "font-family=\"([^\"]*)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Single(families);
        Assert.EndsWith(", sans-serif", families[0], StringComparison.Ordinal);
        Assert.StartsWith("'Liberation Sans'", families[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Svg_paints_no_black_rectangle_under_panels_that_would_show_as_a_hairline_at_clip_edges()
    {
        // ScottPlot clears each panel, which Skia's SVG writes as an unfilled (so black) full-page <rect>;
        // a white rect drawn over it in the same clip leaves its antialiased edge as a grey line.
        var svg = Encoding.UTF8.GetString(Km().ToSvg());
        var outsideClips = Regex.Replace(svg, "<clipPath[^>]*>.*?</clipPath>", string.Empty, RegexOptions.Singleline);
        Assert.DoesNotMatch("<rect (?![^>]*fill=)[^>]*>", outsideClips);
    }

    [Fact]
    public void Every_format_renders_deterministically()
    {
        foreach (var format in new[] { FigureFormat.Svg, FigureFormat.Pdf, FigureFormat.Eps, FigureFormat.Tiff })
        {
            Assert.Equal(Km().Render(format), Km().Render(format));
        }
    }

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]")]
    private static partial Regex MediaBox();

    private static double Dark(SKBitmap bitmap)
    {
        var n = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red + c.Green + c.Blue < 3 * 128)
                {
                    n++;
                }
            }
        }

        return n;
    }

    // The first IFD of a little-endian TIFF, read per TIFF 6.0 section 2: tag -> value (RATIONAL as a double).
    private static Dictionary<int, double> Tags(byte[] tiff)
    {
        Assert.Equal("II*\0", Encoding.ASCII.GetString(tiff, 0, 4));
        var ifd = (int)BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(4));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(ifd));
        var tags = new Dictionary<int, double>();
        for (var i = 0; i < count; i++)
        {
            var e = tiff.AsSpan(ifd + 2 + (12 * i), 12);
            var tag = BinaryPrimitives.ReadUInt16LittleEndian(e);
            var type = BinaryPrimitives.ReadUInt16LittleEndian(e[2..]);
            var value = e[8..];
            tags[tag] = type switch
            {
                3 => BinaryPrimitives.ReadUInt16LittleEndian(value),
                4 => BinaryPrimitives.ReadUInt32LittleEndian(value),
                5 => Rational(tiff, (int)BinaryPrimitives.ReadUInt32LittleEndian(value)),
                _ => double.NaN,
            };
        }

        return tags;
    }

    private static double Rational(byte[] tiff, int at) =>
        BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(at)) / (double)BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(at + 4));
}
