using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Plotting;

/// <summary>
/// Gap-sensitivity figures from a <see cref="RetentionGapSweepResult"/>: retention at day D per arm
/// under each permissible gap, so a reader sees how much a retention rate owes to its definition.
/// The values are the sweep's <see cref="RetentionRetainedAt"/> records; nothing is recomputed.
/// </summary>
public static class GapSensitivityFigure
{
    private const double Margin = 4;

    /// <summary>The plot model.</summary>
    /// <param name="sweep">The sweep result.</param>
    /// <param name="options">Day, scale and labels; null for the defaults.</param>
    /// <returns>The model.</returns>
    public static GapSensitivityModel Model(RetentionGapSweepResult sweep, GapSensitivityPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        options ??= new GapSensitivityPlotOptions();
        if (sweep.Results.IsDefaultOrEmpty || sweep.Rows.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The gap sweep has no results to draw.", nameof(sweep));
        }

        var days = sweep.Rows[0].Summary.RetainedAt.Select(r => r.Day).ToList();
        if (days.Count == 0)
        {
            throw new ArgumentException("The gap sweep reports retention at no day; run it with at least one retained-at day.", nameof(sweep));
        }

        var day = options.Day ?? days[^1];
        if (!days.Contains(day))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Day {day} is not among the sweep's retained-at days ({string.Join(", ", days)}); rerun the sweep with it or pick one of them."), nameof(options));
        }

        var gaps = sweep.Results.Select(r => r.Options.Episodes.Gap).ToList();
        var groups = sweep.Rows.Select(r => r.Summary.Group).Distinct(StringComparer.Ordinal).ToList();
        if (options.SuppressBelow is { } threshold)
        {
            Tables.SmallCellSuppression.CheckThreshold(threshold);
        }

        if (options.GroupLabels is { } names && names.Count != groups.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"GroupLabels has {names.Count} labels for {groups.Count} arms ({string.Join(", ", groups)}); give one per arm in that order."), nameof(options));
        }

        var factor = options.Scale == SurvivalScale.Percent ? 100 : 1;
        var series = ImmutableArray.CreateBuilder<GapSensitivitySeries>(groups.Count);
        foreach (var g in options.Arms.DisplayOrder(groups))
        {
            var values = ImmutableArray.CreateBuilder<double>(gaps.Count);
            var counts = ImmutableArray.CreateBuilder<int>(gaps.Count);
            var n = ImmutableArray.CreateBuilder<int>(gaps.Count);
            for (var k = 0; k < gaps.Count; k++)
            {
                var summary = sweep.Results[k].Summaries.FirstOrDefault(s => string.Equals(s.Group, groups[g], StringComparison.Ordinal));
                var at = summary?.RetainedAt.FirstOrDefault(r => r.Day == day);
                // A percentage of a count the tables hide as <K would give the count back: not drawn.
                var hidden = at is not null && options.SuppressBelow is { } limit && Tables.SmallCellSuppression.IsPrimary(at.NRetained, limit);
                values.Add(at is null || hidden ? double.NaN : at.Proportion * factor);
                counts.Add(at?.NRetained ?? 0);
                n.Add(summary?.N ?? 0);
            }

            var arm = options.Arms.For(groups[g], g);
            series.Add(new GapSensitivitySeries(options.GroupLabels?[g] ?? groups[g], arm.Color, values.MoveToImmutable(), counts.MoveToImmutable(), n.MoveToImmutable(), arm.Pattern, arm.Marker));
        }

        var yLabel = options.YLabel ?? string.Create(CultureInfo.InvariantCulture, $"Retained at day {day}{(options.Scale == SurvivalScale.Percent ? " (%)" : "")}");
        return new GapSensitivityModel([.. gaps.Select(g => g.ToString())], day, series.MoveToImmutable(), options.Scale, options.XLabel ?? "Permissible gap (days without medication)", yLabel, options.Title, options.LegendTitle);
    }

    /// <summary>Lays out and draws the figure.</summary>
    /// <param name="sweep">The sweep result.</param>
    /// <param name="options">Day, scale, labels and preset; null for the defaults.</param>
    /// <returns>The figure.</returns>
    public static Figure Create(RetentionGapSweepResult sweep, GapSensitivityPlotOptions? options = null) =>
        Create(Model(sweep, options), (options ?? new GapSensitivityPlotOptions()).Preset);

    /// <summary>Draws <paramref name="model"/>: a legend strip, then one line with markers per arm.</summary>
    /// <param name="model">The plot model.</param>
    /// <param name="preset">Size, resolution and type size.</param>
    /// <returns>The figure.</returns>
    public static Figure Create(GapSensitivityModel model, FigurePreset preset)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(preset);
        var style = new FigureStyle(preset);
        var width = style.WidthUnits;
        var (yTicks, yTickLabels) = FigureLayout.QuarterTicks(model.Scale);
        var yMax = yTicks[^1];
        var left = FigureLayout.LeftOfData(yTickLabels, style, Margin);
        var right = Margin + 6;
        var dataWidth = width - left - right;

        var titleHeight = model.Title is null ? 0 : style.LineHeight + 4;
        var legend = LegendLayout.Arrange([.. model.Series.Select(s => new LegendEntry(s.Group, s.Color, s.Pattern, s.Marker))], style, left, width - right, model.LegendTitle);
        const double plotTop = 6;
        var plotBottom = FigureStyle.TickLength + 3 + (style.SmallFontSize * 1.25) + 3 + style.LineHeight;
        var dataHeight = FigureLayout.DataHeight(preset, dataWidth, 0.62, 300, titleHeight, legend.Height, plotTop, plotBottom, 2 * Margin);

        var panels = ImmutableArray.CreateBuilder<FigurePanel>();
        var top = Margin;
        FigureLayout.AddTitle(panels, model.Title, left, width, titleHeight, style, ref top);

        panels.Add(new FigurePanel("legend", legend.Draw(width, style), 0, top, width, legend.Height));
        top += legend.Height;

        var data = style.DataPlot(left, right, plotTop, plotBottom);
        var pad = yMax * 0.02;
        data.Axes.SetLimits(0.5, model.Gaps.Length + 0.5, -pad, yMax + pad);
        FigureStyle.SetTicks(data.Axes.Bottom, [.. Enumerable.Range(1, model.Gaps.Length).Select(i => (double)i)], model.Gaps);
        FigureStyle.SetTicks(data.Axes.Left, yTicks, yTickLabels);
        data.Axes.Bottom.Label.Text = model.XLabel;
        data.Axes.Left.Label.Text = model.YLabel;

        // Arms are nudged apart a little so that equal values at a gap do not hide each other.
        var nudge = model.Series.Length > 1 ? 0.12 / (model.Series.Length - 1) : 0;
        for (var s = 0; s < model.Series.Length; s++)
        {
            var series = model.Series[s];
            var offset = (s - ((model.Series.Length - 1) / 2.0)) * nudge;
            var xs = Enumerable.Range(1, model.Gaps.Length).Select(i => i + offset).ToArray();
            var line = data.Add.Scatter(xs, series.Values.ToArray());
            line.Color = series.Color;
            line.LineWidth = (float)style.CurveWidth;
            line.MarkerSize = (float)FigureStyle.PointsToUnits(4.5);
            line.MarkerShape = series.Marker;
            line.LinePattern = series.Pattern;
        }

        var dataHeightTotal = plotTop + dataHeight + plotBottom;
        panels.Add(new FigurePanel("plot", data, 0, top, width, dataHeightTotal));
        top += dataHeightTotal;

        var height = preset.HeightMm is { } h ? h / 25.4 * 96 : top + Margin;
        return new Figure(preset, width, height, panels.ToImmutable());
    }
}
