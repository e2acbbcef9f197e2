using System.Collections.Immutable;
using System.Globalization;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>Layout steps shared by the stacked figures (optional title, legend, data panel).</summary>
internal static class FigureLayout
{
    /// <summary>Height of the data panel: what a fixed preset height leaves after the other panels' <paramref name="usedHeights"/>, or <paramref name="ratio"/> × width capped at <paramref name="cap"/>.</summary>
    /// <exception cref="ArgumentException">The preset height leaves under 60 layout units for the data.</exception>
    public static double DataHeight(FigurePreset preset, double dataWidth, double ratio, double cap, params ReadOnlySpan<double> usedHeights)
    {
        double dataHeight;
        if (preset.HeightMm is { } mm)
        {
            dataHeight = mm / 25.4 * 96;
            foreach (var used in usedHeights)
            {
                dataHeight -= used;
            }
        }
        else
        {
            dataHeight = Math.Min(dataWidth * ratio, cap);
        }

        if (dataHeight < 60)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The figure height leaves {dataHeight:0} layout units for the plot; increase HeightMm or leave it null."), nameof(preset));
        }

        return dataHeight;
    }

    /// <summary>Adds the bold title panel when there is a title and moves <paramref name="top"/> below it.</summary>
    public static void AddTitle(ImmutableArray<FigurePanel>.Builder panels, string? title, double left, double width, double titleHeight, FigureStyle style, ref double top)
    {
        if (title is null)
        {
            return;
        }

        var plot = FigureStyle.TextPlot(width, titleHeight);
        FigureStyle.AddText(plot, title, left, -titleHeight / 2, Alignment.MiddleLeft, style.FontSize, Colors.Black, bold: true);
        panels.Add(new FigurePanel("title", plot, 0, top, width, titleHeight));
        top += titleHeight;
    }

    /// <summary>Ticks at 0, ¼, ½, ¾ and all of a probability axis, labelled as percent or as proportions with two decimals.</summary>
    public static (double[] Ticks, string[] Labels) QuarterTicks(SurvivalScale scale)
    {
        var max = scale == SurvivalScale.Percent ? 100.0 : 1.0;
        double[] ticks = [0, max * 0.25, max * 0.5, max * 0.75, max];
        var labels = ticks.Select(y => scale == SurvivalScale.Percent ? NumberFormat.Tick(y) : y.ToString("0.00", CultureInfo.InvariantCulture)).ToArray();
        return (ticks, labels);
    }

    /// <summary>Left edge of the data panel: the outer margin, a tick, the widest tick label and the rotated y-axis title.</summary>
    public static double LeftOfData(IEnumerable<string> tickLabels, FigureStyle style, double margin) =>
        margin + FigureStyle.TickLength + 3 + tickLabels.Max(t => FigureStyle.Measure(t, style.SmallFontSize)) + 4 + style.LineHeight;
}
