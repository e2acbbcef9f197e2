using System.Buffers.Binary;
using System.Collections.Immutable;
using SkiaSharp;

namespace OutcomesLab.Plotting;

/// <summary>
/// A finished figure: several ScottPlot panels composed on one page of a fixed physical size
/// (e.g. curves above a number-at-risk table sharing the x-axis). Rendering is deterministic:
/// the same figure gives the same PNG and SVG bytes (no timestamps, no random identifiers).
/// </summary>
public sealed partial class Figure
{
    private const double LayoutUnitsPerInch = 96;
    private const double PointsPerLayoutUnit = 72 / LayoutUnitsPerInch;
    private bool _warm;

    internal Figure(FigurePreset preset, double widthUnits, double heightUnits, ImmutableArray<FigurePanel> panels)
    {
        Preset = preset;
        WidthUnits = widthUnits;
        HeightUnits = heightUnits;
        Panels = panels;
    }

    /// <summary>The preset the figure was laid out for (width, resolution and type size).</summary>
    public FigurePreset Preset { get; }

    /// <summary>The panels in drawing order.</summary>
    public ImmutableArray<FigurePanel> Panels { get; }

    /// <summary>Width in layout units (1/96 inch).</summary>
    public double WidthUnits { get; }

    /// <summary>Height in layout units (1/96 inch).</summary>
    public double HeightUnits { get; }

    /// <summary>Final printed width in millimetres.</summary>
    public double WidthMm => WidthUnits / LayoutUnitsPerInch * 25.4;

    /// <summary>Final printed height in millimetres.</summary>
    public double HeightMm => HeightUnits / LayoutUnitsPerInch * 25.4;

    /// <summary>PNG width in pixels at the preset's resolution.</summary>
    public int PixelWidth => Preset.Pixels(WidthMm);

    /// <summary>PNG height in pixels at the preset's resolution.</summary>
    public int PixelHeight => Preset.Pixels(HeightMm);

    /// <summary>The panel named <paramref name="name"/>.</summary>
    /// <param name="name">A panel name.</param>
    /// <returns>The panel.</returns>
    public FigurePanel Panel(string name) =>
        Panels.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The figure has no panel \"{name}\"; its panels are {string.Join(", ", Panels.Select(p => p.Name))}.");

    /// <summary>Renders the figure as PNG at the preset's resolution, with that resolution written in the pHYs chunk.</summary>
    /// <returns>The PNG bytes.</returns>
    public byte[] ToPng()
    {
        using var bitmap = Raster();
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return WithResolution(data.ToArray(), Preset.Dpi);
    }

    /// <summary>
    /// Renders the figure as an LZW-compressed baseline TIFF at the preset's resolution (8-bit RGB, or 8-bit
    /// greyscale with BT.709 luma weights), with XResolution/YResolution in dots per inch; see <see cref="FigureTiff"/>.
    /// </summary>
    /// <param name="greyscale">True for one 8-bit grey sample per pixel (Y = 0.2126 R + 0.7152 G + 0.0722 B) instead of RGB.</param>
    /// <returns>The TIFF bytes.</returns>
    public byte[] ToTiff(bool greyscale = false)
    {
        using var bitmap = Raster();
        return FigureTiff.Encode(bitmap, Preset.Dpi, greyscale);
    }

    /// <summary>
    /// Renders the figure as a one-page vector PDF (Skia's PDF backend, SKDocument.CreatePdf) whose page is the
    /// physical size in points (1/72 inch); the bundled fonts are embedded as TrueType subsets.
    /// </summary>
    /// <returns>The PDF bytes.</returns>
    public byte[] ToPdf()
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Creator = "OutcomesLab",
            Producer = "OutcomesLab (SkiaSharp PDF)",
            // Skia rounds the page to whole pixels at RasterDpi (it rasterises nothing of ours): at 7200 dpi
            // the MediaBox is the physical size to 0.005 pt.
            RasterDpi = 7200,
            EncodingQuality = 101,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var width = (float)(WidthUnits * PointsPerLayoutUnit);
            var height = (float)(HeightUnits * PointsPerLayoutUnit);
            var canvas = document.BeginPage(width, height);
            canvas.Scale((float)PointsPerLayoutUnit);
            using var background = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
            canvas.DrawRect(0, 0, (float)WidthUnits, (float)HeightUnits, background);
            Draw(canvas);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Renders the figure as vector EPS (PostScript level 2, EPSF-3.0) converted from the figure's SVG by
    /// <see cref="SvgToEps"/>: %%BoundingBox is the physical size in points, text is set in the bundled
    /// font embedded as a Type 42 subset.
    /// </summary>
    /// <returns>The EPS bytes (7-bit ASCII).</returns>
    public byte[] ToEps() => SvgToEps.Convert(SvgDocument(), WidthUnits * PointsPerLayoutUnit, HeightUnits * PointsPerLayoutUnit, PointsPerLayoutUnit);

    /// <summary>
    /// Renders the figure as SVG: width and height are the physical size in millimetres (<c>width="85mm"</c>),
    /// the viewBox is in layout units (96 per inch), text names the bundled font with metric-compatible
    /// and generic <c>sans-serif</c> fallbacks.
    /// </summary>
    /// <returns>The SVG document as UTF-8 bytes.</returns>
    public byte[] ToSvg() => NormaliseSvg(SvgDocument(), WidthMm, HeightMm, WidthUnits, HeightUnits);

    /// <summary>Renders in <paramref name="format"/>.</summary>
    /// <param name="format">PNG, SVG, PDF, EPS or TIFF.</param>
    /// <param name="greyscale">For TIFF: one 8-bit grey sample per pixel instead of RGB (ignored by the other formats).</param>
    /// <returns>The file bytes.</returns>
    public byte[] Render(FigureFormat format, bool greyscale = false) => format switch
    {
        FigureFormat.Svg => ToSvg(),
        FigureFormat.Pdf => ToPdf(),
        FigureFormat.Eps => ToEps(),
        FigureFormat.Tiff => ToTiff(greyscale),
        _ => ToPng(),
    };

    /// <summary>Writes the figure to <paramref name="stream"/> in <paramref name="format"/>.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="format">PNG, SVG, PDF, EPS or TIFF.</param>
    public void Write(Stream stream, FigureFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Render(format));
    }

    /// <summary>The format implied by a file name: <c>.png</c>, <c>.svg</c>, <c>.pdf</c>, <c>.eps</c>, <c>.tif</c> or <c>.tiff</c> (any case).</summary>
    /// <param name="path">A file name or path.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException">Any other extension.</exception>
    public static FigureFormat FormatOf(string path) =>
        TryFormatOf(path) ?? throw new ArgumentException($"Cannot tell the figure format of \"{path}\": use a .png, .svg, .pdf, .eps, .tif or .tiff file name.", nameof(path));

    /// <summary>The format implied by a file name's extension, or null for an extension that is not a figure format.</summary>
    /// <param name="path">A file name or path.</param>
    /// <returns>The format or null.</returns>
    public static FigureFormat? TryFormatOf(string path) => Path.GetExtension(path ?? string.Empty).ToUpperInvariant() switch
    {
        ".PNG" => FigureFormat.Png,
        ".SVG" => FigureFormat.Svg,
        ".PDF" => FigureFormat.Pdf,
        ".EPS" => FigureFormat.Eps,
        ".TIF" or ".TIFF" => FigureFormat.Tiff,
        _ => null,
    };

    // The page at the preset's resolution on white, straight (unpremultiplied) RGBA.
    private SKBitmap Raster()
    {
        var bitmap = new SKBitmap(new SKImageInfo(PixelWidth, PixelHeight, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        canvas.Scale((float)(PixelWidth / WidthUnits), (float)(PixelHeight / HeightUnits));
        Draw(canvas);
        canvas.Flush();
        return bitmap;
    }

    // Skia's SVG of the page (before the renumbering and sizing of NormaliseSvg).
    private byte[] SvgDocument()
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, (float)WidthUnits, (float)HeightUnits), stream))
        {
            using var background = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
            canvas.DrawRect(0, 0, (float)WidthUnits, (float)HeightUnits, background);
            Draw(canvas);
        }

        return stream.ToArray();
    }

    private void Draw(SKCanvas canvas)
    {
        WarmUp();
        foreach (var panel in Panels)
        {
            // ScottPlot clears the whole clip with its figure background: confine each panel to its rectangle.
            canvas.Save();
            canvas.ClipRect(new SKRect((float)panel.Left, (float)panel.Top, (float)(panel.Left + panel.Width), (float)(panel.Top + panel.Height)));
            panel.Plot.ScaleFactor = 1;
            panel.Plot.FigureBackground.Color = ScottPlot.Colors.White;
            panel.Plot.RenderManager.ClearCanvasBeforeEachRender = false;
            panel.Plot.Render(canvas, panel.Rect);
            canvas.Restore();
        }
    }

    // ScottPlot renders a plot twice on its first render (layout, then again with the final axes),
    // which would draw every element twice into an SVG; a throw-away first render makes every
    // later render single and identical.
    private void WarmUp()
    {
        if (_warm)
        {
            return;
        }

        using var canvas = new SKNoDrawCanvas((int)Math.Ceiling(WidthUnits), (int)Math.Ceiling(HeightUnits));
        foreach (var panel in Panels)
        {
            panel.Plot.ScaleFactor = 1;
            panel.Plot.FigureBackground.Color = ScottPlot.Colors.White;
            panel.Plot.RenderManager.ClearCanvasBeforeEachRender = false;
            panel.Plot.Render(canvas, panel.Rect);
        }

        _warm = true;
    }

    // Skia writes no pHYs chunk, so viewers and journal upload checks would read 72 dpi.
    private static byte[] WithResolution(byte[] png, int dpi)
    {
        const int signature = 8;
        var ihdrLength = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(signature));
        var insertAt = signature + 12 + ihdrLength;
        var chunk = new byte[21];
        BinaryPrimitives.WriteInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        var perMetre = (uint)Math.Round(dpi / 0.0254, MidpointRounding.AwayFromZero);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), perMetre);
        chunk[16] = 1;
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc32(chunk.AsSpan(4, 13)));
        return [.. png.AsSpan(0, insertAt), .. chunk, .. png.AsSpan(insertAt)];
    }

    // Skia numbers clip paths with a process-wide counter; renumber them per document so that the same
    // figure gives the same bytes. A viewer without the bundled font falls back to the fonts with the
    // same metrics (Arial, Helvetica), then to any sans-serif, never to a serif default. Skia sizes the
    // root in whole pixels; journals and layout programs read width/height as the printed size, so they
    // are given in millimetres over a viewBox in layout units.
    private static byte[] NormaliseSvg(byte[] svg, double widthMm, double heightMm, double widthUnits, double heightUnits)
    {
        var text = System.Text.Encoding.UTF8.GetString(svg);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var renumbered = ClipId().Replace(text, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id))
            {
                id = "clip" + ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                ids.Add(m.Value, id);
            }

            return id;
        });
        renumbered = renumbered.Replace($"font-family=\"{EmbeddedFontResolver.Family}\"", $"font-family=\"{SvgFontFamily}\"", StringComparison.Ordinal);

        // Rectangles (heat-map cells by the thousand) to 0.01 layout unit (2.6 µm): Skia's eight significant digits add bytes, not detail.
        renumbered = RectElement().Replace(renumbered, rect => LongNumber().Replace(rect.Value, m => "=\"" + double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "\""));
        var size = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"width=\"{widthMm:0.###}mm\" height=\"{heightMm:0.###}mm\" viewBox=\"0 0 {widthUnits:0.#####} {heightUnits:0.#####}\"");
        renumbered = RootSize().Replace(renumbered, m => m.Groups[1].Value + size, 1);
        return System.Text.Encoding.UTF8.GetBytes(renumbered);
    }

    /// <summary>The SVG font-family list: the bundled font, its metric twins, then the generic family.</summary>
    internal const string SvgFontFamily = "'" + EmbeddedFontResolver.Family + "', Arial, Helvetica, sans-serif";

    [System.Text.RegularExpressions.GeneratedRegex("(<svg [^>]*?)width=\"[0-9.]+\" height=\"[0-9.]+\"")]
    private static partial System.Text.RegularExpressions.Regex RootSize();

    [System.Text.RegularExpressions.GeneratedRegex("<rect [^>]*>")]
    private static partial System.Text.RegularExpressions.Regex RectElement();

    [System.Text.RegularExpressions.GeneratedRegex("=\"(-?[0-9]+\\.[0-9]{3,})\"")]
    private static partial System.Text.RegularExpressions.Regex LongNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcl_[0-9A-Fa-f]+\b")]
    private static partial System.Text.RegularExpressions.Regex ClipId();

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
