using System.Collections.Immutable;
using System.Globalization;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// Draws a <see cref="StepFigureModel"/>: optional title, a legend strip, the curves and the table
/// under them. The table is a second panel whose x coordinates map to exactly the same pixels as
/// the curve panel's axis (same data-area edges and limits), so every number sits under its tick.
/// </summary>
internal static class StepFigureRenderer
{
    /// <summary>How many arm markers a step curve carries across the full axis.</summary>
    internal const int ArmMarkersPerCurve = 4;

    private const double Margin = 4;

    public static Figure Render(StepFigureModel model, FigurePreset preset)
    {
        var style = new FigureStyle(preset);
        var width = style.WidthUnits;
        var stacked = model.Panels.IsEmpty
            ? [new StepPanel(string.Empty, model.Curves, model.YTicks, model.YMax, model.Annotations)]
            : model.Panels;
        var yTickLabels = stacked.Select(p => YTickLabels(p.YTicks, model.Scale)).ToArray();
        var xTickLabels = model.XTicks.Select(NumberFormat.Tick).ToArray();
        var blocks = model.RiskTable.Select(r => r.Block).Distinct().ToArray();

        var yAxisWidth = FigureStyle.TickLength + 3 + yTickLabels.SelectMany(l => l).Max(t => FigureStyle.Measure(t, style.SmallFontSize)) + 4 + style.LineHeight;
        var firstColumnHalf = model.RiskTable.IsEmpty ? 0 : model.RiskTable.Max(r => FigureStyle.Measure(r.Text(0), style.SmallFontSize)) / 2;
        var labelWidth = model.RiskTable.IsEmpty ? 0 : model.RiskTable.Max(r => FigureStyle.Measure(r.Label, style.SmallFontSize)) + firstColumnHalf + 6;
        var left = Margin + Math.Max(yAxisWidth, labelWidth);
        var right = Math.Max(Margin + (FigureStyle.Measure(xTickLabels[^1], style.SmallFontSize) / 2), 10);
        var dataWidth = width - left - right;

        var titleHeight = model.Title is null ? 0 : style.LineHeight + 4;
        var legend = LegendLayout.Arrange(model.Legend, style, left, width - right, model.LegendTitle);
        var tableHeight = blocks.Length == 0 ? 0 : 6 + blocks.Sum(b => style.SmallLineHeight * (1 + model.RiskTable.Count(r => r.Block == b)));
        const double curvesTop = 6;
        var tickLabelsHeight = FigureStyle.TickLength + 3 + (style.SmallFontSize * 1.25) + 3;
        var curvesBottom = tickLabelsHeight + style.LineHeight;
        const double panelGap = 4;
        var between = (stacked.Length - 1) * (panelGap + curvesTop + tickLabelsHeight);
        var dataHeight = preset.HeightMm is { } mm
            ? ((mm / 25.4 * 96) - titleHeight - legend.Height - tableHeight - curvesTop - curvesBottom - Margin - between) / stacked.Length
            : stacked.Length == 1 ? Math.Min(dataWidth * 0.62, 300) : Math.Max(70, Math.Min(dataWidth * 0.62, 300) * 0.5);

        // Annotations that would cross a curve move out of the data area into the strip above it.
        var displaced = stacked.Select(p => !p.Annotations.IsEmpty && Overlaps(model, p, style, dataWidth, dataHeight)).ToArray();
        var strips = stacked.Select((p, i) => (p.Title.Length > 0 ? 1 : 0) + (displaced[i] ? p.Annotations.Length - (p.Title.Length > 0 ? 1 : 0) : 0)).ToArray();
        if (preset.HeightMm is not null)
        {
            dataHeight -= strips.Sum(n => n * style.LineHeight) / stacked.Length;
        }

        if (dataHeight < 60)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The figure height leaves {dataHeight:0} layout units for the curves; increase HeightMm or leave it null."), nameof(preset));
        }

        var panels = ImmutableArray.CreateBuilder<FigurePanel>();
        var top = Margin;
        FigureLayout.AddTitle(panels, model.Title, left, width, titleHeight, style, ref top);

        if (legend.Height > 0)
        {
            panels.Add(new FigurePanel("legend", legend.Draw(width, style), 0, top, width, legend.Height));
            top += legend.Height;
        }

        var stackTop = double.NaN;
        for (var i = 0; i < stacked.Length; i++)
        {
            var panel = stacked[i];
            var last = i == stacked.Length - 1;
            var suffix = model.Panels.IsEmpty ? string.Empty : "-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            top += i == 0 ? 0 : panelGap;
            if (strips[i] > 0)
            {
                var stripHeight = strips[i] * style.LineHeight;
                panels.Add(new FigurePanel("heading" + suffix, Heading(panel, displaced[i], style, width, stripHeight, left), 0, top, width, stripHeight));
                top += stripHeight;
            }

            var bottom = last ? curvesBottom : tickLabelsHeight;
            var curvesHeight = curvesTop + dataHeight + bottom;
            var curves = CurvesPlot(model, panel, !displaced[i], last, model.Panels.IsEmpty, style, left, right, curvesTop, bottom, dataHeight, xTickLabels, yTickLabels[i]);
            panels.Add(new FigurePanel("curves" + suffix, curves, 0, top, width, curvesHeight));
            stackTop = double.IsNaN(stackTop) ? top + curvesTop : stackTop;
            top += curvesHeight;
        }

        if (!model.Panels.IsEmpty)
        {
            // One y title for the stack, centred on it: a title per panel would not fit a panel's height.
            var stackHeight = top - curvesBottom - stackTop;
            var titleWidth = Margin + style.LineHeight;
            var yTitle = FigureStyle.TextPlot(titleWidth, stackHeight);
            FigureStyle.AddText(yTitle, model.YLabel, Margin + (style.LineHeight / 2), -stackHeight / 2, Alignment.MiddleCenter, style.FontSize, Colors.Black).LabelRotation = -90;
            panels.Add(new FigurePanel("y-title", yTitle, 0, stackTop, titleWidth, stackHeight));
        }

        if (tableHeight > 0)
        {
            panels.Add(new FigurePanel("risk-table", TablePlot(model, style, blocks, width, tableHeight, left, dataWidth, firstColumnHalf + 6), 0, top, width, tableHeight));
            top += tableHeight;
        }

        var height = preset.HeightMm is { } h ? h / 25.4 * 96 : top + Margin;
        return new Figure(preset, width, height, panels.ToImmutable());
    }

    // The heading above a curve panel: the panel title in bold, then the annotations that do not fit inside the data area.
    private static Plot Heading(StepPanel panel, bool withAnnotations, FigureStyle style, double width, double height, double left)
    {
        var plot = FigureStyle.TextPlot(width, height);
        var y = -style.LineHeight / 2;
        var x = left;
        if (panel.Title.Length > 0)
        {
            FigureStyle.AddText(plot, panel.Title, x, y, Alignment.MiddleLeft, style.FontSize, Colors.Black, bold: true);
            x += FigureStyle.Measure(panel.Title, style.FontSize, bold: true) + 10;
        }

        if (withAnnotations)
        {
            for (var i = 0; i < panel.Annotations.Length; i++)
            {
                FigureStyle.AddText(plot, panel.Annotations[i], x, y, Alignment.MiddleLeft, style.SmallFontSize, Colors.Black);
                if (i == 0 && panel.Title.Length > 0)
                {
                    x = left;
                }

                y -= style.LineHeight;
            }
        }

        return plot;
    }

    /// <summary>Whether the annotation block, where the curve panel would print it, crosses a curve or its band (a step's flat part or its jump).</summary>
    internal static bool Overlaps(StepFigureModel model, StepPanel panel, FigureStyle style, double dataWidth, double dataHeight)
    {
        var yPad = panel.YMax * 0.02;
        var unitsPerY = (panel.YMax + (2 * yPad)) / dataHeight;
        var unitsPerX = (model.XMax - model.XMin) / dataWidth;
        var x0 = model.XMin + ((model.XMax - model.XMin) * 0.025) - (3 * unitsPerX);
        var x1 = x0 + ((panel.Annotations.Max(a => FigureStyle.Measure(a, style.SmallFontSize)) + 6) * unitsPerX);
        var tall = ((panel.Annotations.Length - 1) * style.LineHeight) + (style.SmallFontSize * 1.25) + 3;
        var (y0, y1) = model.AnnotationsAtTop
            ? (panel.YMax - (tall * unitsPerY), panel.YMax + yPad)
            : (-yPad, (panel.YMax * 0.02) + (tall * unitsPerY));
        foreach (var curve in panel.Curves)
        {
            for (var i = 0; i < curve.X.Length; i++)
            {
                var end = i + 1 < curve.X.Length ? curve.X[i + 1] : model.XMax;
                if (end < x0 || curve.X[i] > x1)
                {
                    continue;
                }

                var lo = curve.Y[i];
                var hi = curve.Y[i];
                if (i + 1 < curve.X.Length && curve.X[i + 1] <= x1)
                {
                    lo = Math.Min(lo, curve.Y[i + 1]);
                    hi = Math.Max(hi, curve.Y[i + 1]);
                }

                if (!curve.BandLower.IsEmpty && curve.BandLower[i] is { } bl && curve.BandUpper[i] is { } bu)
                {
                    lo = Math.Min(lo, bl);
                    hi = Math.Max(hi, bu);
                }

                if (hi >= y0 && lo <= y1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Plot CurvesPlot(StepFigureModel model, StepPanel panel, bool annotate, bool xTitle, bool yTitle, FigureStyle style, double left, double right, double top, double bottom, double dataHeight, string[] xTickLabels, string[] yTickLabels)
    {
        var plot = style.DataPlot(left, right, top, bottom);
        var yPad = panel.YMax * 0.02;
        plot.Axes.SetLimits(model.XMin, model.XMax, -yPad, panel.YMax + yPad);
        FigureStyle.SetTicks(plot.Axes.Bottom, model.XTicks, xTickLabels);
        FigureStyle.SetTicks(plot.Axes.Left, panel.YTicks, yTickLabels);
        plot.Axes.Bottom.Label.Text = xTitle ? model.XLabel : string.Empty;
        plot.Axes.Left.Label.Text = yTitle ? model.YLabel : string.Empty;

        foreach (var curve in panel.Curves)
        {
            foreach (var band in BandPolygons(curve))
            {
                var polygon = plot.Add.Polygon(band);
                polygon.FillColor = curve.Color.WithAlpha(0.18);
                polygon.LineWidth = 0;
            }
        }

        var medianY = model.Scale == SurvivalScale.Percent ? 50 : 0.5;
        var medians = panel.Curves.Where(c => c.Median is not null).Select(c => c.Median!.Value).ToArray();
        if (medians.Length > 0)
        {
            AddGuide(plot, style, model.XMin, medianY, medians.Max(), medianY);
            foreach (var m in medians)
            {
                AddGuide(plot, style, m, medianY, m, 0);
            }
        }

        for (var c = 0; c < panel.Curves.Length; c++)
        {
            var curve = panel.Curves[c];
            var line = plot.Add.Scatter(curve.X.ToArray(), curve.Y.ToArray());
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.MarkerSize = 0;
            line.LineWidth = (float)style.CurveWidth;
            line.LinePattern = curve.Pattern;
            line.Color = curve.Color;
            if (!curve.CensorX.IsEmpty)
            {
                var marks = plot.Add.Markers(curve.CensorX.ToArray(), curve.CensorY.ToArray());
                marks.MarkerShape = MarkerShape.Cross;
                marks.MarkerSize = (float)FigureStyle.PointsToUnits(4);
                marks.MarkerLineWidth = (float)style.LineWidth;
                marks.Color = curve.Color;
            }

            if (curve.Marker != MarkerShape.None)
            {
                var (mx, my) = ArmMarkerPoints(curve, c, panel.Curves.Length, model.XMin, model.XMax);
                var arm = plot.Add.Markers(mx, my);
                arm.MarkerShape = curve.Marker;
                arm.MarkerSize = (float)FigureStyle.MarkerSize;
                arm.Color = curve.Color;
            }
        }

        if (!annotate)
        {
            return plot;
        }

        var unitsPerY = (panel.YMax + (2 * yPad)) / dataHeight;
        var x = model.XMin + ((model.XMax - model.XMin) * 0.025);
        for (var i = 0; i < panel.Annotations.Length; i++)
        {
            var y = model.AnnotationsAtTop
                ? panel.YMax - (i * style.LineHeight * unitsPerY)
                : (panel.YMax * 0.02) + ((panel.Annotations.Length - 1 - i) * style.LineHeight * unitsPerY);
            FigureStyle.AddText(plot, panel.Annotations[i], x, y, model.AnnotationsAtTop ? Alignment.UpperLeft : Alignment.LowerLeft, style.SmallFontSize, Colors.Black);
        }

        return plot;
    }

    /// <summary>
    /// Where the arm's marker sits on curve <paramref name="index"/> of <paramref name="count"/>: at
    /// <see cref="ArmMarkersPerCurve"/> evenly spaced times across the axis, staggered by a fraction
    /// of the spacing per curve so that markers of curves that run together do not cover each other,
    /// and only where the curve is drawn (up to its last knot).
    /// </summary>
    internal static (double[] X, double[] Y) ArmMarkerPoints(StepCurve curve, int index, int count, double xMin, double xMax)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        var spacing = (xMax - xMin) / ArmMarkersPerCurve;
        var end = Math.Min(curve.X[^1], xMax);
        for (var j = 0; j < ArmMarkersPerCurve; j++)
        {
            var x = xMin + (spacing * (j + ((index + 1.0) / (count + 1))));
            if (x > end)
            {
                break;
            }

            // Right-continuous: the value of the last knot at or before x.
            var k = 0;
            while (k + 1 < curve.X.Length && curve.X[k + 1] <= x)
            {
                k++;
            }

            xs.Add(x);
            ys.Add(curve.Y[k]);
        }

        return ([.. xs], [.. ys]);
    }

    private static void AddGuide(Plot plot, FigureStyle style, double x1, double y1, double x2, double y2)
    {
        var line = plot.Add.Line(x1, y1, x2, y2);
        line.LineWidth = (float)style.LineWidth;
        line.LinePattern = LinePattern.Dashed;
        line.Color = Colors.Gray;
        line.MarkerSize = 0;
    }

    /// <summary>The band as step-shaped polygons, one per run of knots whose limits both exist.</summary>
    internal static List<Coordinates[]> BandPolygons(StepCurve curve)
    {
        var polygons = new List<Coordinates[]>();
        if (curve.BandLower.IsEmpty)
        {
            return polygons;
        }

        var i = 0;
        while (i < curve.X.Length)
        {
            if (curve.BandLower[i] is null || curve.BandUpper[i] is null)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < curve.X.Length && curve.BandLower[i] is not null && curve.BandUpper[i] is not null)
            {
                i++;
            }

            var upper = new List<Coordinates>();
            var lower = new List<Coordinates>();
            for (var k = start; k < i; k++)
            {
                var end = k + 1 < curve.X.Length ? curve.X[k + 1] : curve.X[k];
                upper.Add(new Coordinates(curve.X[k], curve.BandUpper[k]!.Value));
                upper.Add(new Coordinates(end, curve.BandUpper[k]!.Value));
                lower.Add(new Coordinates(curve.X[k], curve.BandLower[k]!.Value));
                lower.Add(new Coordinates(end, curve.BandLower[k]!.Value));
            }

            lower.Reverse();
            polygons.Add([.. upper, .. lower]);
        }

        return polygons;
    }

    private static Plot TablePlot(StepFigureModel model, FigureStyle style, RiskTableRows[] blocks, double width, double height, double left, double dataWidth, double labelGap)
    {
        // The panel's data area is the whole panel; its x limits are widened so that the curve
        // panel's data area [left, left + dataWidth] maps to [XMin, XMax] here as well.
        var perUnit = (model.XMax - model.XMin) / dataWidth;
        var plot = new Plot();
        plot.Font.Set(FigureStyle.FontName);
        plot.HideAxesAndGrid();
        plot.Layout.Frameless();
        plot.Axes.SetLimits(model.XMin - (left * perUnit), model.XMin + ((width - left) * perUnit), -height, 0);
        var labelX = model.XMin - (labelGap * perUnit);
        var titleX = model.XMin - ((left - Margin) * perUnit);
        var y = -6.0;
        foreach (var block in blocks)
        {
            FigureStyle.AddText(plot, BlockTitle(block), titleX, y - (style.SmallLineHeight / 2), Alignment.MiddleLeft, style.SmallFontSize, Colors.Black, bold: true);
            y -= style.SmallLineHeight;
            foreach (var row in model.RiskTable.Where(r => r.Block == block))
            {
                var cy = y - (style.SmallLineHeight / 2);
                FigureStyle.AddText(plot, row.Label, labelX, cy, Alignment.MiddleRight, style.SmallFontSize, row.Color);
                for (var t = 0; t < model.XTicks.Length; t++)
                {
                    FigureStyle.AddText(plot, row.Text(t), model.XTicks[t], cy, Alignment.MiddleCenter, style.SmallFontSize, Colors.Black);
                }

                y -= style.SmallLineHeight;
            }
        }

        return plot;
    }

    internal static string BlockTitle(RiskTableRows block) => block switch
    {
        RiskTableRows.AtRisk => "Number at risk",
        RiskTableRows.Events => "Cumulative events",
        _ => "Cumulative censored",
    };

    // One number of decimals per axis (two for proportions, none for percent, more only when a tick needs it), so 0.005 and 0.010 line up.
    private static string[] YTickLabels(ImmutableArray<double> ticks, SurvivalScale scale)
    {
        var decimals = scale == SurvivalScale.Percent ? 0 : 2;
        while (decimals < 4 && ticks.Any(t => Math.Abs(Math.Round(t, decimals) - t) > 1e-9))
        {
            decimals++;
        }

        var format = decimals == 0 ? "0" : "0." + new string('0', decimals);
        return [.. ticks.Select(t => t.ToString(format, CultureInfo.InvariantCulture) + (scale == SurvivalScale.Percent ? "%" : string.Empty))];
    }
}
