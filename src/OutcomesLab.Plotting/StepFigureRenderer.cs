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
        var yTickLabels = model.YTicks.Select(y => YTickLabel(y, model.Scale)).ToArray();
        var xTickLabels = model.XTicks.Select(NumberFormat.Tick).ToArray();
        var blocks = model.RiskTable.Select(r => r.Block).Distinct().ToArray();

        var yAxisWidth = FigureStyle.TickLength + 3 + yTickLabels.Max(t => FigureStyle.Measure(t, style.SmallFontSize)) + 4 + style.LineHeight;
        var firstColumnHalf = model.RiskTable.IsEmpty ? 0 : model.RiskTable.Max(r => FigureStyle.Measure(r.Text(0), style.SmallFontSize)) / 2;
        var labelWidth = model.RiskTable.IsEmpty ? 0 : model.RiskTable.Max(r => FigureStyle.Measure(r.Label, style.SmallFontSize)) + firstColumnHalf + 6;
        var left = Margin + Math.Max(yAxisWidth, labelWidth);
        var right = Math.Max(Margin + (FigureStyle.Measure(xTickLabels[^1], style.SmallFontSize) / 2), 10);
        var dataWidth = width - left - right;

        var titleHeight = model.Title is null ? 0 : style.LineHeight + 4;
        var legend = LegendLayout.Arrange(model.Legend, style, left, width - right, model.LegendTitle);
        var tableHeight = blocks.Length == 0 ? 0 : 6 + blocks.Sum(b => style.SmallLineHeight * (1 + model.RiskTable.Count(r => r.Block == b)));
        const double curvesTop = 6;
        var curvesBottom = FigureStyle.TickLength + 3 + (style.SmallFontSize * 1.25) + 3 + style.LineHeight;
        var dataHeight = preset.HeightMm is { } mm
            ? (mm / 25.4 * 96) - titleHeight - legend.Height - tableHeight - curvesTop - curvesBottom - Margin
            : Math.Min(dataWidth * 0.62, 300);
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

        var curvesHeight = curvesTop + dataHeight + curvesBottom;
        var curves = CurvesPlot(model, style, left, right, curvesTop, curvesBottom, dataHeight, xTickLabels, yTickLabels);
        panels.Add(new FigurePanel("curves", curves, 0, top, width, curvesHeight));
        top += curvesHeight;

        if (tableHeight > 0)
        {
            panels.Add(new FigurePanel("risk-table", TablePlot(model, style, blocks, width, tableHeight, left, dataWidth, firstColumnHalf + 6), 0, top, width, tableHeight));
            top += tableHeight;
        }

        var height = preset.HeightMm is { } h ? h / 25.4 * 96 : top + Margin;
        return new Figure(preset, width, height, panels.ToImmutable());
    }

    private static Plot CurvesPlot(StepFigureModel model, FigureStyle style, double left, double right, double top, double bottom, double dataHeight, string[] xTickLabels, string[] yTickLabels)
    {
        var plot = style.DataPlot(left, right, top, bottom);
        var yPad = model.YMax * 0.02;
        plot.Axes.SetLimits(model.XMin, model.XMax, -yPad, model.YMax + yPad);
        FigureStyle.SetTicks(plot.Axes.Bottom, model.XTicks, xTickLabels);
        FigureStyle.SetTicks(plot.Axes.Left, model.YTicks, yTickLabels);
        plot.Axes.Bottom.Label.Text = model.XLabel;
        plot.Axes.Left.Label.Text = model.YLabel;

        foreach (var curve in model.Curves)
        {
            foreach (var band in BandPolygons(curve))
            {
                var polygon = plot.Add.Polygon(band);
                polygon.FillColor = curve.Color.WithAlpha(0.18);
                polygon.LineWidth = 0;
            }
        }

        var medianY = model.Scale == SurvivalScale.Percent ? 50 : 0.5;
        var medians = model.Curves.Where(c => c.Median is not null).Select(c => c.Median!.Value).ToArray();
        if (medians.Length > 0)
        {
            AddGuide(plot, style, model.XMin, medianY, medians.Max(), medianY);
            foreach (var m in medians)
            {
                AddGuide(plot, style, m, medianY, m, 0);
            }
        }

        for (var c = 0; c < model.Curves.Length; c++)
        {
            var curve = model.Curves[c];
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
                var (mx, my) = ArmMarkerPoints(curve, c, model.Curves.Length, model.XMin, model.XMax);
                var arm = plot.Add.Markers(mx, my);
                arm.MarkerShape = curve.Marker;
                arm.MarkerSize = (float)FigureStyle.MarkerSize;
                arm.Color = curve.Color;
            }
        }

        var unitsPerY = (model.YMax + (2 * yPad)) / dataHeight;
        var x = model.XMin + ((model.XMax - model.XMin) * 0.025);
        for (var i = 0; i < model.Annotations.Length; i++)
        {
            var y = model.AnnotationsAtTop
                ? model.YMax - (i * style.LineHeight * unitsPerY)
                : (model.YMax * 0.02) + ((model.Annotations.Length - 1 - i) * style.LineHeight * unitsPerY);
            FigureStyle.AddText(plot, model.Annotations[i], x, y, model.AnnotationsAtTop ? Alignment.UpperLeft : Alignment.LowerLeft, style.SmallFontSize, Colors.Black);
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

    private static string YTickLabel(double y, SurvivalScale scale) => scale == SurvivalScale.Percent
        ? y.ToString("0.#", CultureInfo.InvariantCulture) + "%"
        : y.ToString("0.00#", CultureInfo.InvariantCulture);
}
