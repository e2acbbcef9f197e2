using BitMiracle.LibTiff.Classic;
using SkiaSharp;

namespace OutcomesLab.Plotting;

/// <summary>
/// Encodes a rendered page as a baseline TIFF 6.0 with LZW compression (TIFF 6.0 specification, section 13)
/// through BitMiracle.LibTiff.NET, a managed port of libtiff: one strip group per 64 rows, 8 bits per sample,
/// RGB (photometric 2) or greyscale (photometric 1, min-is-black), XResolution/YResolution in pixels per inch.
/// </summary>
internal static class FigureTiff
{
    /// <summary>The TIFF bytes of <paramref name="bitmap"/> (straight RGBA on white) at <paramref name="dpi"/>.</summary>
    /// <param name="bitmap">The page, Rgba8888 unpremultiplied and opaque.</param>
    /// <param name="dpi">Resolution written into the resolution tags.</param>
    /// <param name="greyscale">One grey sample per pixel: Y' = 0.2126 R' + 0.7152 G' + 0.0722 B' (ITU-R BT.709 luma on the sRGB values).</param>
    public static byte[] Encode(SKBitmap bitmap, int dpi, bool greyscale)
    {
        var width = bitmap.Width;
        var height = bitmap.Height;
        var samples = greyscale ? 1 : 3;
        var pixels = bitmap.GetPixelSpan();
        using var stream = new MemoryStream();
        using (var tiff = Tiff.ClientOpen("figure.tif", "w", stream, new TiffStream())
            ?? throw new InvalidOperationException("LibTiff could not open the output stream."))
        {
            tiff.SetField(TiffTag.IMAGEWIDTH, width);
            tiff.SetField(TiffTag.IMAGELENGTH, height);
            tiff.SetField(TiffTag.SAMPLESPERPIXEL, samples);
            tiff.SetField(TiffTag.BITSPERSAMPLE, 8);
            tiff.SetField(TiffTag.SAMPLEFORMAT, SampleFormat.UINT);
            tiff.SetField(TiffTag.PHOTOMETRIC, greyscale ? Photometric.MINISBLACK : Photometric.RGB);
            tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
            tiff.SetField(TiffTag.COMPRESSION, Compression.LZW);
            tiff.SetField(TiffTag.PREDICTOR, Predictor.HORIZONTAL);
            tiff.SetField(TiffTag.ROWSPERSTRIP, 64);
            tiff.SetField(TiffTag.XRESOLUTION, (double)dpi);
            tiff.SetField(TiffTag.YRESOLUTION, (double)dpi);
            tiff.SetField(TiffTag.RESOLUTIONUNIT, ResUnit.INCH);
            tiff.SetField(TiffTag.SOFTWARE, "OutcomesLab");
            var row = new byte[width * samples];
            for (var y = 0; y < height; y++)
            {
                var source = pixels.Slice(y * bitmap.RowBytes, width * 4);
                for (var x = 0; x < width; x++)
                {
                    var r = source[4 * x];
                    var g = source[(4 * x) + 1];
                    var b = source[(4 * x) + 2];
                    if (greyscale)
                    {
                        row[x] = (byte)Math.Round((0.2126 * r) + (0.7152 * g) + (0.0722 * b), MidpointRounding.AwayFromZero);
                    }
                    else
                    {
                        row[3 * x] = r;
                        row[(3 * x) + 1] = g;
                        row[(3 * x) + 2] = b;
                    }
                }

                if (!tiff.WriteScanline(row, y))
                {
                    throw new InvalidOperationException($"LibTiff failed to write row {y} of the figure.");
                }
            }

            tiff.WriteDirectory();
        }

        return stream.ToArray();
    }
}
