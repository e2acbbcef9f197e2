using System.Collections.Immutable;
using System.Globalization;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// Draws a <see cref="ForestModel"/> as three side-by-side panels (labels, intervals, text columns)
/// sharing one row grid: every panel maps row i to the same pixel row, so labels, markers and
/// numbers line up.
/// </summary>
internal static class ForestRenderer
{
    private const double Margin = 4;
    private const double PlotPad = 6;

    public static Figure Render(ForestModel model, FigurePreset preset)
    {
        var style = new FigureStyle(preset);
        var width = style.WidthUnits;
        var n = model.Rows.Length;
        var rowHeight = style.SmallLineHeight * 1.3;
        var labelWidth = Margin + model.Rows.Select(r => FigureStyle.Measure(r.Label, style.SmallFontSize, r.Kind == ForestRowKind.Header) + (r.Indent ? 8 : 0))
            .Append(FigureStyle.Measure(model.LabelTitle, style.SmallFontSize, bold: true)).Max() + 8;
        var columnWidths = model.ColumnTitles.Select((t, c) => model.Rows.Select(r => c < r.Columns.Count ? FigureStyle.Measure(r.Columns[c], style.SmallFontSize) : 0)
            .Append(FigureStyle.Measure(t, style.SmallFontSize, bold: true)).Max() + 10).ToArray();
        var rightWidth = columnWidths.Sum() + Margin;
        var plotWidth = width - labelWidth - rightWidth;
        if (plotWidth < 60)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The labels and text columns leave {plotWidth:0} layout units for the intervals at {preset.WidthMm} mm; use the journal-double preset or shorter labels."), nameof(preset));
        }

        var top = Margin;
        var panels = ImmutableArray.CreateBuilder<FigurePanel>();
        if (model.Title is { } title)
        {
            var plot = FigureStyle.TextPlot(width, style.LineHeight + 4);
            FigureStyle.AddText(plot, title, Margin, -(style.LineHeight + 4) / 2, Alignment.MiddleLeft, style.FontSize, Colors.Black, bold: true);
            panels.Add(new FigurePanel("title", plot, 0, top, width, style.LineHeight + 4));
            top += style.LineHeight + 4;
        }

        var headerHeight = rowHeight;
        var bottom = FigureStyle.TickLength + 3 + (style.SmallFontSize * 1.25) + 2;
        var gridHeight = headerHeight + (n * rowHeight) + bottom;
        double yTop = -0.5 + (headerHeight / rowHeight), yBottom = -(n + 0.5) - (bottom / rowHeight);

        var labels = Grid(labelWidth, yTop, yBottom);
        FigureStyle.AddText(labels, model.LabelTitle, Margin, 0, Alignment.MiddleLeft, style.SmallFontSize, Colors.Black, bold: true);
        for (var i = 0; i < n; i++)
        {
            var r = model.Rows[i];
            FigureStyle.AddText(labels, r.Label, Margin + (r.Indent ? 8 : 0), -(i + 1), Alignment.MiddleLeft, style.SmallFontSize, Colors.Black, bold: r.Kind is ForestRowKind.Header or ForestRowKind.Summary);
        }

        panels.Add(new FigurePanel("labels", labels, 0, top, labelWidth, gridHeight));
        panels.Add(new FigurePanel("intervals", Intervals(model, style, headerHeight, bottom, plotWidth), labelWidth, top, plotWidth, gridHeight));

        var columns = Grid(rightWidth, yTop, yBottom);
        var x = 10.0;
        for (var c = 0; c < model.ColumnTitles.Length; c++)
        {
            FigureStyle.AddText(columns, model.ColumnTitles[c], x, 0, Alignment.MiddleLeft, style.SmallFontSize, Colors.Black, bold: true);
            for (var i = 0; i < n; i++)
            {
                if (c < model.Rows[i].Columns.Count)
                {
                    FigureStyle.AddText(columns, model.Rows[i].Columns[c], x, -(i + 1), Alignment.MiddleLeft, style.SmallFontSize, Colors.Black);
                }
            }

            x += columnWidths[c];
        }

        panels.Add(new FigurePanel("columns", columns, labelWidth + plotWidth, top, rightWidth, gridHeight));
        top += gridHeight;

        {
            // The axis title and the favours labels may be wider than the interval panel: a full-width
            // strip with the interval panel's x mapping (extended to the figure edges) holds them.
            var favours = model.FavoursLeft is not null || model.FavoursRight is not null;
            var strip = style.LineHeight * (favours ? 2 : 1) + 2;
            var map = Transform(model);
            var perUnit = (map(model.XMax) - map(model.XMin)) / (plotWidth - (2 * PlotPad));
            var x0 = map(model.XMin) - ((labelWidth + PlotPad) * perUnit);
            var plot = new Plot();
            plot.Font.Set(FigureStyle.FontName);
            plot.HideAxesAndGrid();
            plot.Layout.Frameless();
            plot.Axes.SetLimits(x0, x0 + (width * perUnit), -strip, 0);
            var gap = 4 * perUnit;
            var middle = (map(model.XMin) + map(model.XMax)) / 2;
            FigureStyle.AddText(plot, model.XLabel, middle, -style.LineHeight / 2, Alignment.MiddleCenter, style.FontSize, Colors.Black);
            var yFavours = -style.LineHeight * 1.5;
            if (model.FavoursLeft is { } left)
            {
                FigureStyle.AddText(plot, "← " + left, map(model.NullValue) - gap, yFavours, Alignment.MiddleRight, style.SmallFontSize, Colors.Black);
            }

            if (model.FavoursRight is { } right)
            {
                FigureStyle.AddText(plot, right + " →", map(model.NullValue) + gap, yFavours, Alignment.MiddleLeft, style.SmallFontSize, Colors.Black);
            }

            panels.Add(new FigurePanel("axis-title", plot, 0, top, width, strip));
            top += strip;
        }

        if (model.Footnote is { } footnote)
        {
            var plot = FigureStyle.TextPlot(width, style.SmallLineHeight + 4);
            FigureStyle.AddText(plot, footnote, Margin, -(style.SmallLineHeight + 4) / 2, Alignment.MiddleLeft, style.SmallFontSize, Colors.Black);
            panels.Add(new FigurePanel("footnote", plot, 0, top, width, style.SmallLineHeight + 4));
            top += style.SmallLineHeight + 4;
        }

        return new Figure(preset, width, preset.HeightMm is { } h ? h / 25.4 * 96 : top + Margin, panels.ToImmutable());
    }

    internal static Func<double, double> Transform(ForestModel model) => model.LogScale ? Math.Log10 : v => v;

    private static Plot Grid(double width, double yTop, double yBottom)
    {
        var plot = new Plot();
        plot.Font.Set(FigureStyle.FontName);
        plot.HideAxesAndGrid();
        plot.Layout.Frameless();
        plot.Axes.SetLimits(0, width, yBottom, yTop);
        return plot;
    }

    private static Plot Intervals(ForestModel model, FigureStyle style, double top, double bottom, double plotWidth)
    {
        var map = Transform(model);
        var plot = style.DataPlot(PlotPad, PlotPad, top, bottom);
        var n = model.Rows.Length;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.IsVisible = false;
        plot.Axes.SetLimits(map(model.XMin), map(model.XMax), -(n + 0.5), -0.5);
        FigureStyle.SetTicks(plot.Axes.Bottom, [.. model.XTicks.Select(map)], TickLabels(model, style, map, plotWidth));
        FigureStyle.SetTicks(plot.Axes.Left, [], []);

        var nullLine = plot.Add.Line(map(model.NullValue), -(n + 0.5), map(model.NullValue), -0.5);
        nullLine.Color = Colors.Black;
        nullLine.LineWidth = (float)style.LineWidth;
        nullLine.MarkerSize = 0;

        var maxSide = FigureStyle.PointsToUnits(7);
        var half = 0.32;
        for (var i = 0; i < n; i++)
        {
            var r = model.Rows[i];
            var y = -(i + 1.0);
            switch (r.Kind)
            {
                case ForestRowKind.Estimate when !double.IsFinite(r.Estimate):
                    break;
                case ForestRowKind.Estimate:
                    Segment(plot, style, map(r.Lower), y, map(r.Upper), y);
                    var marker = plot.Add.Marker(map(r.Estimate), y);
                    marker.MarkerShape = MarkerShape.FilledSquare;
                    marker.MarkerSize = (float)Math.Max(FigureStyle.PointsToUnits(2.5), maxSide * Math.Sqrt(Math.Clamp(r.Weight, 0, 1)));
                    marker.Color = Colors.Black;
                    break;
                case ForestRowKind.Summary:
                    var diamond = plot.Add.Polygon([new Coordinates(map(r.Lower), y), new Coordinates(map(r.Estimate), y + half), new Coordinates(map(r.Upper), y), new Coordinates(map(r.Estimate), y - half)]);
                    diamond.FillColor = Colors.Black;
                    diamond.LineWidth = 0;
                    break;
                case ForestRowKind.Prediction:
                    Segment(plot, style, map(r.Lower), y, map(r.Upper), y);
                    Segment(plot, style, map(r.Lower), y - (half / 2), map(r.Lower), y + (half / 2));
                    Segment(plot, style, map(r.Upper), y - (half / 2), map(r.Upper), y + (half / 2));
                    break;
                default:
                    break;
            }
        }

        return plot;
    }

    private static void Segment(Plot plot, FigureStyle style, double x1, double y1, double x2, double y2)
    {
        if (!double.IsFinite(x1) || !double.IsFinite(x2))
        {
            return;
        }

        var line = plot.Add.Line(x1, y1, x2, y2);
        line.Color = Colors.Black;
        line.LineWidth = (float)style.LineWidth;
        line.MarkerSize = 0;
    }

    // A narrow interval column cannot hold every tick label: label every k-th tick, counted from
    // the one nearest the null line, with the smallest k whose labels do not touch.
    private static string[] TickLabels(ForestModel model, FigureStyle style, Func<double, double> map, double plotWidth)
    {
        var ticks = model.XTicks;
        var labels = ticks.Select(NumberFormat.Tick).ToArray();
        var perUnit = (plotWidth - (2 * PlotPad)) / (map(model.XMax) - map(model.XMin));
        var x = ticks.Select(t => (map(t) - map(model.XMin)) * perUnit).ToArray();
        var widths = labels.Select(l => FigureStyle.Measure(l, style.SmallFontSize)).ToArray();
        var anchor = Enumerable.Range(0, ticks.Length).MinBy(i => Math.Abs(map(ticks[i]) - map(model.NullValue)));
        for (var k = 1; k < ticks.Length; k++)
        {
            var kept = Enumerable.Range(0, ticks.Length).Where(i => Math.Abs(i - anchor) % k == 0).ToList();
            var fits = kept.Zip(kept.Skip(1)).All(p => x[p.First] + (widths[p.First] / 2) + 4 <= x[p.Second] - (widths[p.Second] / 2));
            if (fits)
            {
                return [.. labels.Select((l, i) => kept.Contains(i) ? l : "")];
            }
        }

        return [.. labels.Select((l, i) => i == anchor ? l : "")];
    }
}
