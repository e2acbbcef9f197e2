using System.Globalization;

namespace OutcomesLab.Plotting;

/// <summary>
/// The physical size, resolution and type size of a figure. Journals ask for a width of one
/// column (about 85 mm) or the full page (about 174 mm), line art at 600 dpi and halftones at
/// 300 dpi, and no text smaller than 6–7 pt at final size (e.g. Elsevier and BMJ artwork guides).
/// </summary>
/// <param name="Name">The preset name (<c>journal-single</c>, <c>journal-double</c> or a custom name).</param>
/// <param name="WidthMm">Final printed width in millimetres.</param>
/// <param name="HeightMm">Final printed height in millimetres; null lets the figure choose a height that fits its content (e.g. the number-at-risk table).</param>
/// <param name="Dpi">Raster resolution in dots per inch; the PNG is <c>mm / 25.4 × dpi</c> pixels wide.</param>
/// <param name="FontSizePt">Base text size in points at final size (tick labels are one point smaller, never below 7 pt).</param>
public sealed record FigurePreset(string Name, double WidthMm, double? HeightMm, int Dpi, double FontSizePt)
{
    /// <summary>Smallest text size allowed at final print size, in points.</summary>
    public const double MinimumFontSizePt = 7;

    /// <summary>Single journal column: 85 mm wide, 300 dpi, 8 pt text.</summary>
    public static FigurePreset JournalSingle { get; } = new("journal-single", 85, null, 300, 8);

    /// <summary>Full page width (two columns): 174 mm wide, 300 dpi, 9 pt text.</summary>
    public static FigurePreset JournalDouble { get; } = new("journal-double", 174, null, 300, 9);

    /// <summary>The preset named <paramref name="name"/> (<c>journal-single</c> or <c>journal-double</c>).</summary>
    /// <param name="name">The preset name, case-insensitive.</param>
    /// <returns>The preset.</returns>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static FigurePreset Named(string name) => name?.ToUpperInvariant() switch
    {
        "JOURNAL-SINGLE" => JournalSingle,
        "JOURNAL-DOUBLE" => JournalDouble,
        _ => throw new ArgumentException($"Unknown figure preset \"{name}\"; expected journal-single or journal-double.", nameof(name)),
    };

    /// <summary>The same preset at another resolution.</summary>
    /// <param name="dpi">Dots per inch, 72 to 2400.</param>
    /// <returns>The preset.</returns>
    public FigurePreset WithDpi(int dpi)
    {
        if (dpi is < 72 or > 2400)
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "Expected a resolution between 72 and 2400 dpi (journals ask for 300 or 600).");
        }

        return this with { Dpi = dpi };
    }

    /// <summary>Pixels for <paramref name="mm"/> millimetres at this preset's resolution (<c>round(mm / 25.4 × dpi)</c>).</summary>
    /// <param name="mm">A length in millimetres.</param>
    /// <returns>The pixel count.</returns>
    public int Pixels(double mm) => (int)Math.Round(mm / 25.4 * Dpi, MidpointRounding.AwayFromZero);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({WidthMm} mm, {Dpi} dpi, {FontSizePt} pt)");
}
