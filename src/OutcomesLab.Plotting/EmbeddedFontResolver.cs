using ScottPlot;
using SkiaSharp;

namespace OutcomesLab.Plotting;

/// <summary>
/// Serves the bundled Liberation Sans (regular and bold; metrics of Arial/Helvetica; SIL OFL 1.1,
/// see Fonts/README.md) to ScottPlot and to text measurement, so that figures never depend on the
/// fonts installed on the machine: the same layout and the same PNG/SVG bytes everywhere.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    /// <summary>The family name figures use.</summary>
    public const string Family = "Liberation Sans";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("LiberationSans-Regular.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("LiberationSans-Bold.ttf"));
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
        return true;
    });

    /// <summary>Registers the resolver with ScottPlot once per process (first in line, so the bundled font wins over an installed one of the same name).</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    /// <summary>The bundled typeface (shared; do not dispose).</summary>
    public static SKTypeface Typeface(bool bold) => bold ? BoldFace.Value : RegularFace.Value;

    /// <inheritdoc/>
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, Family, StringComparison.OrdinalIgnoreCase) ? Load(bold ? "LiberationSans-Bold.ttf" : "LiberationSans-Regular.ttf") : null;

    /// <inheritdoc/>
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    /// <summary>The bytes of the bundled font file <paramref name="file"/> (e.g. <c>LiberationSans-Regular.ttf</c>), for embedding in EPS.</summary>
    public static byte[] FontFile(string file)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream("OutcomesLab.Plotting.Fonts." + file)
            ?? throw new InvalidOperationException($"The bundled font {file} is missing from OutcomesLab.Plotting.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream("OutcomesLab.Plotting.Fonts." + file)
            ?? throw new InvalidOperationException($"The bundled font {file} is missing from OutcomesLab.Plotting.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data);
    }
}
