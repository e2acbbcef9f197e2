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
        var info = new SKImageInfo(PixelWidth, PixelHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale((float)(PixelWidth / WidthUnits), (float)(PixelHeight / HeightUnits));
        Draw(canvas);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return WithResolution(data.ToArray(), Preset.Dpi);
    }

    /// <summary>Renders the figure as SVG; its width and height are the physical size in CSS pixels (96 per inch).</summary>
    /// <returns>The SVG document as UTF-8 bytes.</returns>
    public byte[] ToSvg()
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, (float)WidthUnits, (float)HeightUnits), stream))
        {
            using var background = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
            canvas.DrawRect(0, 0, (float)WidthUnits, (float)HeightUnits, background);
            Draw(canvas);
        }

        return NormaliseSvg(stream.ToArray());
    }

    /// <summary>Renders in <paramref name="format"/>.</summary>
    /// <param name="format">PNG or SVG.</param>
    /// <returns>The file bytes.</returns>
    public byte[] Render(FigureFormat format) => format == FigureFormat.Svg ? ToSvg() : ToPng();

    /// <summary>Writes the figure to <paramref name="stream"/> in <paramref name="format"/>.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="format">PNG or SVG.</param>
    public void Write(Stream stream, FigureFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Render(format));
    }

    /// <summary>The format implied by a file name: <c>.svg</c> is SVG, <c>.png</c> is PNG.</summary>
    /// <param name="path">A file name or path.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException">Any other extension.</exception>
    public static FigureFormat FormatOf(string path)
    {
        var ext = Path.GetExtension(path);
        if (string.Equals(ext, ".svg", StringComparison.OrdinalIgnoreCase))
        {
            return FigureFormat.Svg;
        }

        if (string.Equals(ext, ".png", StringComparison.OrdinalIgnoreCase))
        {
            return FigureFormat.Png;
        }

        throw new ArgumentException($"Cannot tell the figure format of \"{path}\": use a .png or .svg file name.", nameof(path));
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
    // same metrics (Arial, Helvetica), then to any sans-serif, never to a serif default.
    private static byte[] NormaliseSvg(byte[] svg)
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
        renumbered = renumbered.Replace($"font-family=\"{EmbeddedFontResolver.Family}\"", $"font-family=\"{EmbeddedFontResolver.Family}, Arial, Helvetica, sans-serif\"", StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetBytes(renumbered);
    }

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
