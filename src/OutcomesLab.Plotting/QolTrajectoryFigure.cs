using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.Outcomes;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// QoL trajectory figures from a <see cref="QolTrajectoryResult"/>: per group, the mean at each visit
/// with its t-based confidence interval as an error bar, joined across visits, over an optional
/// population-norm band given by the caller. Values are the result's; nothing is recomputed.
/// </summary>
public static class QolTrajectoryFigure
{
    private const double Margin = 4;

    /// <summary>The plot model.</summary>
    /// <param name="result">The trajectory result.</param>
    /// <param name="options">Labels and norm band; null for the defaults.</param>
    /// <returns>The model.</returns>
    public static QolTrajectoryModel Model(QolTrajectoryResult result, QolTrajectoryPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new QolTrajectoryPlotOptions();
        if (result.Points.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The trajectory has no points to draw.", nameof(result));
        }

        if ((options.NormLower is null) != (options.NormUpper is null) || options.NormLower > options.NormUpper)
        {
            throw new ArgumentException("Give both edges of the population-norm band, lower ≤ upper.", nameof(options));
        }

        var span = result.Times.Length > 1 ? result.Times[^1] - result.Times[0] : 1;
        var nudge = result.Groups.Length > 1 ? span * 0.025 : 0;
        if (options.GroupLabels is { } names && names.Count != result.Groups.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"GroupLabels has {names.Count} labels for {result.Groups.Length} groups ({string.Join(", ", result.Groups)}); give one per group in that order."), nameof(options));
        }

        var order = options.Arms.DisplayOrder(result.Groups);
        var series = ImmutableArray.CreateBuilder<QolTrajectorySeries>(result.Groups.Length);
        for (var slot = 0; slot < order.Length; slot++)
        {
            var g = order[slot];
            var points = result.Points.Where(p => string.Equals(p.Group, result.Groups[g], StringComparison.Ordinal)).OrderBy(p => p.VisitIndex).ToList();
            var offset = (slot - ((result.Groups.Length - 1) / 2.0)) * nudge;
            var arm = options.Arms.For(result.Groups[g], g);
            series.Add(new QolTrajectorySeries(
                options.GroupLabels?[g] ?? result.Groups[g],
                arm.Color,
                [.. points.Select(p => p.Time + offset)],
                [.. points.Select(p => p.Mean)],
                [.. points.Select(p => p.Lower)],
                [.. points.Select(p => p.Upper)],
                [.. points.Select(p => p.N)],
                arm.Pattern,
                arm.Marker));
        }

        var lines = ImmutableArray.CreateBuilder<QolSubjectLine>(options.Subjects.Count);
        foreach (var subject in options.Subjects)
        {
            ArgumentNullException.ThrowIfNull(subject);
            var g = result.Groups.IndexOf(subject.Group, 0, StringComparer.Ordinal);
            if (g < 0)
            {
                throw new ArgumentException($"Subject group \"{subject.Group}\" is not a group of the trajectory.", nameof(options));
            }

            if (subject.Values.Length != result.Times.Length)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A subject has {subject.Values.Length} values for {result.Times.Length} visits."), nameof(options));
            }

            lines.Add(new QolSubjectLine(subject.Group, options.Arms.For(subject.Group, g).Color, result.Times, subject.Values));
        }

        return new QolTrajectoryModel(
            result.Visits,
            result.Times,
            series.MoveToImmutable(),
            result.ConfidenceLevel,
            options.NormLower,
            options.NormUpper,
            options.NormLabel ?? "Population norm",
            options.XLabel ?? "Visit",
            options.YLabel ?? "Mean score",
            options.Title,
            lines.MoveToImmutable(),
            options.LegendTitle);
    }

    /// <summary>Lays out and draws the figure.</summary>
    /// <param name="result">The trajectory result.</param>
    /// <param name="options">Labels, norm band and preset; null for the defaults.</param>
    /// <returns>The figure.</returns>
    public static Figure Create(QolTrajectoryResult result, QolTrajectoryPlotOptions? options = null) =>
        Create(Model(result, options), (options ?? new QolTrajectoryPlotOptions()).Preset);

    /// <summary>Draws <paramref name="model"/>: a legend strip, then means joined across visits with CI error bars.</summary>
    /// <param name="model">The plot model.</param>
    /// <param name="preset">Size, resolution and type size.</param>
    /// <returns>The figure.</returns>
    public static Figure Create(QolTrajectoryModel model, FigurePreset preset)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(preset);
        var style = new FigureStyle(preset);
        var width = style.WidthUnits;
        var values = model.Series.SelectMany(s => s.Lower.Concat(s.Upper).Concat(s.Means)).Concat(model.SubjectLines.SelectMany(l => l.Y)).Where(double.IsFinite).ToList();
        if (model.NormLower is { } nl && model.NormUpper is { } nu)
        {
            values.Add(nl);
            values.Add(nu);
        }

        if (values.Count == 0)
        {
            throw new ArgumentException("No visit has a finite mean to draw.", nameof(model));
        }

        var (yMin, yMax, yTicks) = AxisTicks.Nice(values.Min(), values.Max());
        var yTickLabels = yTicks.Select(NumberFormat.Tick).ToArray();
        var left = FigureLayout.LeftOfData(yTickLabels, style, Margin);
        var right = Margin + 6;
        var dataWidth = width - left - right;

        var titleHeight = model.Title is null ? 0 : style.LineHeight + 4;
        var entries = model.Series.Select(s => new LegendEntry(s.Group, s.Color, s.Pattern, s.Marker)).ToList();
        if (model.NormLower is not null)
        {
            entries.Add(new LegendEntry(model.NormLabel, NormColor, LinePattern.Solid));
        }

        var legend = LegendLayout.Arrange(entries, style, left, width - right, model.LegendTitle);
        const double plotTop = 6;
        var plotBottom = FigureStyle.TickLength + 3 + (style.SmallFontSize * 1.25) + 3 + style.LineHeight;
        var dataHeight = FigureLayout.DataHeight(preset, dataWidth, 0.62, 300, titleHeight, legend.Height, plotTop, plotBottom, 2 * Margin);

        var panels = ImmutableArray.CreateBuilder<FigurePanel>();
        var top = Margin;
        FigureLayout.AddTitle(panels, model.Title, left, width, titleHeight, style, ref top);

        panels.Add(new FigurePanel("legend", legend.Draw(width, style), 0, top, width, legend.Height));
        top += legend.Height;

        var data = style.DataPlot(left, right, plotTop, plotBottom);
        var span = model.Times.Length > 1 ? model.Times[^1] - model.Times[0] : 1;
        data.Axes.SetLimits(model.Times[0] - (span * 0.12), model.Times[^1] + (span * 0.12), yMin, yMax);
        FigureStyle.SetTicks(data.Axes.Bottom, model.Times, model.Visits);
        FigureStyle.SetTicks(data.Axes.Left, yTicks, yTickLabels);
        data.Axes.Bottom.Label.Text = model.XLabel;
        data.Axes.Left.Label.Text = model.YLabel;
        if (model.NormLower is { } lo && model.NormUpper is { } hi)
        {
            var band = data.Add.Rectangle(model.Times[0] - (span * 0.12), model.Times[^1] + (span * 0.12), lo, hi);
            band.FillColor = NormColor.WithAlpha(0.35);
            band.LineWidth = 0;
        }

        foreach (var subject in model.SubjectLines)
        {
            var v = 0;
            while (v < subject.Y.Length)
            {
                var start = v;
                while (v < subject.Y.Length && double.IsFinite(subject.Y[v]))
                {
                    v++;
                }

                if (v - start >= 2)
                {
                    var run = data.Add.Scatter(subject.X.Skip(start).Take(v - start).ToArray(), subject.Y.Skip(start).Take(v - start).ToArray());
                    run.Color = subject.Color.WithAlpha(0.25);
                    run.LineWidth = (float)(style.CurveWidth * 0.4);
                    run.MarkerSize = 0;
                }

                v = Math.Max(v, start + 1);
            }
        }

        var cap = span * 0.015;
        for (var s = 0; s < model.Series.Length; s++)
        {
            var series = model.Series[s];
            var line = data.Add.Scatter(series.X.ToArray(), series.Means.ToArray());
            line.Color = series.Color;
            line.LineWidth = (float)style.CurveWidth;
            line.MarkerSize = (float)FigureStyle.PointsToUnits(4.5);
            line.MarkerShape = series.Marker;
            line.LinePattern = series.Pattern;
            for (var v = 0; v < series.X.Length; v++)
            {
                if (!double.IsFinite(series.Lower[v]) || !double.IsFinite(series.Upper[v]))
                {
                    continue;
                }

                var x = series.X[v];
                foreach (var (x1, y1, x2, y2) in new[] { (x, series.Lower[v], x, series.Upper[v]), (x - cap, series.Lower[v], x + cap, series.Lower[v]), (x - cap, series.Upper[v], x + cap, series.Upper[v]) })
                {
                    var bar = data.Add.Line(x1, y1, x2, y2);
                    bar.Color = series.Color;
                    bar.LineWidth = (float)style.CurveWidth;
                    bar.MarkerSize = 0;
                }
            }
        }

        var total = plotTop + dataHeight + plotBottom;
        panels.Add(new FigurePanel("plot", data, 0, top, width, total));
        top += total;
        var height = preset.HeightMm is { } h ? h / 25.4 * 96 : top + Margin;
        return new Figure(preset, width, height, panels.ToImmutable());
    }

    private static Color NormColor => Color.FromHex("#999999");
}
