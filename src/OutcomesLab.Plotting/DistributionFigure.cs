using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.Outcomes;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// Distribution-by-group figures from a <see cref="DistributionSummaryResult"/>: Tukey box plots
/// (box = quartiles, line = median, whiskers to the most extreme values within 1.5·IQR, outliers as
/// points, optional jittered values) or histograms on the result's shared breaks. Nothing is recomputed.
/// </summary>
public static class DistributionFigure
{
    private const double Margin = 4;
    private const double BoxWidth = 0.5;

    /// <summary>The plot model.</summary>
    /// <param name="result">The distribution summary.</param>
    /// <param name="options">Kind, jitter and labels; null for the defaults.</param>
    /// <returns>The model.</returns>
    public static DistributionModel Model(DistributionSummaryResult result, DistributionPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new DistributionPlotOptions();
        if (result.Groups.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The summary has no groups to draw.", nameof(result));
        }

        var groupNames = result.Groups.Select(s => s.Group).ToList();
        if (options.GroupLabels is { } names && names.Count != groupNames.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"GroupLabels has {names.Count} labels for {groupNames.Count} groups ({string.Join(", ", groupNames)}); give one per group in that order."), nameof(options));
        }

        var order = options.Arms.DisplayOrder(groupNames);
        string Name(int g) => options.GroupLabels?[g] ?? groupNames[g];
        var boxes = ImmutableArray.CreateBuilder<DistributionBox>();
        var bars = ImmutableArray.CreateBuilder<DistributionBar>();
        var k = result.Groups.Length;
        for (var slot = 0; slot < k; slot++)
        {
            var g = order[slot];
            var s = result.Groups[g];
            var color = options.Arms.For(s.Group, g).Color;
            if (options.Kind == DistributionKind.Box)
            {
                var x = slot + 1.0;
                ImmutableArray<double> jx = options.Jitter ? [.. s.Values.Select((_, i) => x + ((((i + 1) * 0.6180339887498949 % 1) - 0.5) * BoxWidth * 0.7))] : [];
                ImmutableArray<double> jy = options.Jitter ? s.Values : [];
                boxes.Add(new DistributionBox(Name(g), color, x, s.Q1, s.Median, s.Q3, s.LowerWhisker, s.UpperWhisker, s.Outliers, jx, jy));
            }
            else
            {
                for (var b = 0; b < s.BinCounts.Length; b++)
                {
                    double lo = result.Breaks[b], hi = result.Breaks[b + 1];
                    var w = (hi - lo) * 0.9 / k;
                    var left = lo + ((hi - lo) * 0.05) + (slot * w);
                    bars.Add(new DistributionBar(Name(g), color, left, left + w, lo, hi, s.BinCounts[b]));
                }
            }
        }

        return new DistributionModel(options.Kind, [.. order.Select(Name)], [.. order.Select(g => result.Groups[g].N)], boxes.ToImmutable(), bars.ToImmutable(), options.ValueLabel ?? "Value", options.Title, options.LegendTitle);
    }

    /// <summary>Lays out and draws the figure.</summary>
    /// <param name="result">The distribution summary.</param>
    /// <param name="options">Kind, jitter, labels and preset; null for the defaults.</param>
    /// <returns>The figure.</returns>
    public static Figure Create(DistributionSummaryResult result, DistributionPlotOptions? options = null) =>
        Create(Model(result, options), (options ?? new DistributionPlotOptions()).Preset);

    /// <summary>Draws <paramref name="model"/>: a legend strip (histograms only), then the boxes or bars.</summary>
    /// <param name="model">The plot model.</param>
    /// <param name="preset">Size, resolution and type size.</param>
    /// <returns>The figure.</returns>
    public static Figure Create(DistributionModel model, FigurePreset preset)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(preset);
        var style = new FigureStyle(preset);
        var width = style.WidthUnits;
        var box = model.Kind == DistributionKind.Box;
        var yValues = box
            ? model.Boxes.SelectMany(b => new[] { b.LowerWhisker, b.UpperWhisker }.Concat(b.Outliers).Concat(b.JitterY)).ToList()
            : [0.0, .. model.Bars.Select(b => (double)b.Count)];
        var (yMin, yMax, yTicks) = AxisTicks.Nice(yValues.Min(), yValues.Max());
        var yTickLabels = yTicks.Select(NumberFormat.Tick).ToArray();
        var left = FigureLayout.LeftOfData(yTickLabels, style, Margin);
        var right = Margin + 6;
        var dataWidth = width - left - right;
        var titleHeight = model.Title is null ? 0 : style.LineHeight + 4;
        LegendLayout? legend = box ? null : LegendLayout.Arrange([.. model.Groups.Select(g => new LegendEntry(g, model.Bars.First(b => b.Group == g).Color, LinePattern.Solid))], style, left, width - right, model.LegendTitle);
        const double plotTop = 6;
        var plotBottom = FigureStyle.TickLength + 3 + (style.SmallFontSize * 1.25) + 3 + style.LineHeight;
        var dataHeight = FigureLayout.DataHeight(preset, dataWidth, 0.62, 300, titleHeight, legend?.Height ?? 0, plotTop, plotBottom, 2 * Margin);

        var panels = ImmutableArray.CreateBuilder<FigurePanel>();
        var top = Margin;
        FigureLayout.AddTitle(panels, model.Title, left, width, titleHeight, style, ref top);

        if (legend is not null)
        {
            panels.Add(new FigurePanel("legend", legend.Draw(width, style), 0, top, width, legend.Height));
            top += legend.Height;
        }

        var data = style.DataPlot(left, right, plotTop, plotBottom);
        if (box)
        {
            data.Axes.SetLimits(0.4, model.Groups.Length + 0.6, yMin, yMax);
            FigureStyle.SetTicks(data.Axes.Bottom, [.. model.Boxes.Select(b => b.X)], [.. model.Boxes.Select((b, i) => string.Create(CultureInfo.InvariantCulture, $"{b.Group} (n={model.N[i]})"))]);
            data.Axes.Left.Label.Text = model.ValueLabel;
            foreach (var b in model.Boxes)
            {
                DrawBox(data, b, style);
            }
        }
        else
        {
            var lo = model.Bars.Min(b => b.BinLower);
            var hi = model.Bars.Max(b => b.BinUpper);
            data.Axes.SetLimits(lo, hi, yMin, yMax);
            var (_, _, xTicks) = AxisTicks.Nice(lo, hi);
            var inside = xTicks.Where(t => t >= lo - 1e-9 && t <= hi + 1e-9).ToArray();
            FigureStyle.SetTicks(data.Axes.Bottom, inside, [.. inside.Select(NumberFormat.Tick)]);
            data.Axes.Bottom.Label.Text = model.ValueLabel;
            data.Axes.Left.Label.Text = "Count";
            foreach (var bar in model.Bars.Where(b => b.Count > 0))
            {
                var rect = data.Add.Rectangle(bar.Left, bar.Right, 0, bar.Count);
                rect.FillColor = bar.Color.WithAlpha(0.85);
                rect.LineColor = bar.Color;
                rect.LineWidth = (float)style.LineWidth;
            }
        }

        FigureStyle.SetTicks(data.Axes.Left, yTicks, yTickLabels);
        var total = plotTop + dataHeight + plotBottom;
        panels.Add(new FigurePanel("plot", data, 0, top, width, total));
        top += total;
        var height = preset.HeightMm is { } h ? h / 25.4 * 96 : top + Margin;
        return new Figure(preset, width, height, panels.ToImmutable());
    }

    private static void DrawBox(Plot data, DistributionBox b, FigureStyle style)
    {
        var half = BoxWidth / 2;
        var rect = data.Add.Rectangle(b.X - half, b.X + half, b.Q1, b.Q3);
        rect.FillColor = b.Color.WithAlpha(0.35);
        rect.LineColor = b.Color;
        rect.LineWidth = (float)style.CurveWidth;
        foreach (var (x1, y1, x2, y2, w) in new[]
        {
            (b.X - half, b.Median, b.X + half, b.Median, 2.0),
            (b.X, b.Q3, b.X, b.UpperWhisker, 1.0),
            (b.X, b.Q1, b.X, b.LowerWhisker, 1.0),
            (b.X - (half / 2), b.UpperWhisker, b.X + (half / 2), b.UpperWhisker, 1.0),
            (b.X - (half / 2), b.LowerWhisker, b.X + (half / 2), b.LowerWhisker, 1.0),
        })
        {
            var line = data.Add.Line(x1, y1, x2, y2);
            line.Color = b.Color;
            line.LineWidth = (float)(style.CurveWidth * w);
            line.MarkerSize = 0;
        }

        if (!b.JitterX.IsEmpty)
        {
            var points = data.Add.Markers(b.JitterX.ToArray(), b.JitterY.ToArray());
            points.Color = b.Color.WithAlpha(0.4);
            points.MarkerSize = (float)FigureStyle.PointsToUnits(2);
            points.MarkerShape = MarkerShape.FilledCircle;
        }

        if (!b.Outliers.IsEmpty)
        {
            var outliers = data.Add.Markers(Enumerable.Repeat(b.X, b.Outliers.Length).ToArray(), b.Outliers.ToArray());
            outliers.Color = b.Color;
            outliers.MarkerSize = (float)FigureStyle.PointsToUnits(3.5);
            outliers.MarkerShape = MarkerShape.OpenCircle;
        }
    }
}
