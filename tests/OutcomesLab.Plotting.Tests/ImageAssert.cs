using System.Buffers.Binary;
using SkiaSharp;
using Xunit;

namespace OutcomesLab.Plotting.Tests;

internal static class ImageAssert
{
    /// <summary>Decodes the PNG, checks its size and recorded resolution, and that it is not blank (many distinct colours, some dark ink).</summary>
    public static void Png(byte[] png, int width, int height, int dpi)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
        var colours = new HashSet<uint>();
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var c = bitmap.GetPixel(x, y);
                colours.Add((uint)c);
                if (c.Red + c.Green + c.Blue < 200)
                {
                    dark++;
                }
            }
        }

        Assert.True(colours.Count > 20, $"only {colours.Count} distinct colours: the image looks blank");
        Assert.True(dark > 500, $"only {dark} dark pixels: no axes or text drawn");
        var phys = IndexOf(png, "pHYs"u8);
        Assert.True(phys > 0, "no pHYs chunk");
        var perMetre = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(phys + 4));
        Assert.Equal(dpi, (int)Math.Round(perMetre * 0.0254));
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle);
}
