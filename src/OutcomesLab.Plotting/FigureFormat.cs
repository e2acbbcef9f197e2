namespace OutcomesLab.Plotting;

/// <summary>The file format of a rendered figure, chosen by the output file's extension (see <see cref="Figure.FormatOf"/>).</summary>
public enum FigureFormat
{
    /// <summary>Raster PNG at the preset's resolution (with the resolution recorded in the pHYs chunk).</summary>
    Png,

    /// <summary>Vector SVG whose width and height are the physical size in millimetres over a viewBox in layout units (96 per inch).</summary>
    Svg,

    /// <summary>Vector PDF (Skia's PDF backend) whose page is the physical size in points, fonts embedded as subsets.</summary>
    Pdf,

    /// <summary>Vector EPS (PostScript level 2, EPSF-3.0) with the %%BoundingBox in points and the font embedded as Type 42.</summary>
    Eps,

    /// <summary>Raster TIFF, LZW-compressed, at the preset's resolution with its resolution tags set; RGB or 8-bit greyscale.</summary>
    Tiff,
}
