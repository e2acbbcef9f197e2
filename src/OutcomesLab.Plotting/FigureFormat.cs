namespace OutcomesLab.Plotting;

/// <summary>The file format of a rendered figure.</summary>
public enum FigureFormat
{
    /// <summary>Raster PNG at the preset's resolution (with the resolution recorded in the pHYs chunk).</summary>
    Png,

    /// <summary>Vector SVG whose size is the physical size at 96 CSS pixels per inch.</summary>
    Svg,
}
