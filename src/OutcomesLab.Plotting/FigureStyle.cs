using ScottPlot;
using SkiaSharp;

namespace OutcomesLab.Plotting;

/// <summary>The clean publication theme in layout units (1/96 inch): sans-serif text in points, thin black axes, no grid.</summary>
internal sealed class FigureStyle
{
    public FigureStyle(FigurePreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        Preset = preset;
        var pt = Math.Max(preset.FontSizePt, FigurePreset.MinimumFontSizePt);
        FontSize = PointsToUnits(pt);
        SmallFontSize = PointsToUnits(Math.Max(pt - 1, FigurePreset.MinimumFontSizePt));
        LineWidth = PointsToUnits(0.75);
        CurveWidth = PointsToUnits(1.0);
    }

    public FigurePreset Preset { get; }

    /// <summary>The bundled Liberation Sans (see <see cref="EmbeddedFontResolver"/>), registered with ScottPlot on first use.</summary>
    public static string FontName
    {
        get
        {
            EmbeddedFontResolver.EnsureRegistered();
            return EmbeddedFontResolver.Family;
        }
    }

    /// <summary>Body text (axis titles, legend) in layout units.</summary>
    public double FontSize { get; }

    /// <summary>Tick labels and table numbers (one point smaller, never below 7 pt).</summary>
    public double SmallFontSize { get; }

    public double LineWidth { get; }

    public double CurveWidth { get; }

    public double LineHeight => FontSize * 1.3;

    public double SmallLineHeight => SmallFontSize * 1.35;

    public static double TickLength => PointsToUnits(2.5);

    public double WidthUnits => Preset.WidthMm / 25.4 * 96;

    public static double PointsToUnits(double points) => points * 96 / 72;

    /// <summary>Size of an arm's marker on a step curve and in a legend key (4 pt).</summary>
    public static double MarkerSize => PointsToUnits(4);

    public static double Measure(string text, double size, bool bold = false)
    {
        using var font = new SKFont(EmbeddedFontResolver.Typeface(bold), (float)size);
        return font.MeasureText(text);
    }

    /// <summary>A plot with the clean theme and a fixed data area, so panels that share an axis line up exactly.</summary>
    public Plot DataPlot(double left, double right, double top, double bottom)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.HideGrid();
        plot.Layout.Fixed(new PixelPadding((float)left, (float)right, (float)bottom, (float)top));
        foreach (var axis in new IAxis[] { plot.Axes.Top, plot.Axes.Right })
        {
            axis.FrameLineStyle.Width = 0;
            axis.MajorTickStyle.Length = 0;
            axis.MinorTickStyle.Length = 0;
        }

        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.FrameLineStyle.Width = (float)LineWidth;
            axis.FrameLineStyle.Color = Colors.Black;
            axis.MajorTickStyle.Length = (float)TickLength;
            axis.MajorTickStyle.Width = (float)LineWidth;
            axis.MajorTickStyle.Color = Colors.Black;
            axis.MinorTickStyle.Length = 0;
            axis.TickLabelStyle.FontSize = (float)SmallFontSize;
            axis.TickLabelStyle.FontName = FontName;
            axis.TickLabelStyle.ForeColor = Colors.Black;
            axis.Label.FontSize = (float)FontSize;
            axis.Label.FontName = FontName;
            axis.Label.Bold = false;
            axis.Label.ForeColor = Colors.Black;
        }

        return plot;
    }

    /// <summary>A frameless plot whose coordinates are its own layout units (x right, y down from the top), for text and keys.</summary>
    public static Plot TextPlot(double width, double height)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.HideAxesAndGrid();
        plot.Layout.Frameless();
        plot.Axes.SetLimits(0, width, -height, 0);
        return plot;
    }

    public static ScottPlot.Plottables.Text AddText(Plot plot, string text, double x, double y, Alignment alignment, double size, Color color, bool bold = false)
    {
        var t = plot.Add.Text(text, x, y);
        t.LabelFontName = FontName;
        t.LabelFontSize = (float)size;
        t.LabelFontColor = color;
        t.LabelBold = bold;
        t.LabelAlignment = alignment;
        t.LabelBorderWidth = 0;
        t.LabelBackgroundColor = Colors.Transparent;
        t.OffsetX = 0;
        t.OffsetY = 0;
        return t;
    }

    public static void SetTicks(IAxis axis, IReadOnlyList<double> positions, IReadOnlyList<string> labels)
    {
        var generator = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < positions.Count; i++)
        {
            generator.AddMajor(positions[i], labels[i]);
        }

        axis.TickGenerator = generator;
    }
}
