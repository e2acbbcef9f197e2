using System.Collections.Immutable;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// Predicted survival curves of a Cox model for covariate profiles (R <c>survfit(fit, newdata)</c>),
/// drawn as the Kaplan–Meier figure: step curves from S(0) = 1 with their pointwise confidence bands,
/// Okabe–Ito colours in profile order, a legend naming every curve (also a single one: the profile is
/// what it shows), and the number-at-risk table of the fitted data (one row per
/// stratum, since every profile shares it) aligned with the x ticks.
/// </summary>
public static class CoxSurvivalFigure
{
    /// <summary>The plot model: what the figure will show, in display units.</summary>
    /// <param name="series">The curves, in legend order.</param>
    /// <param name="options">What to show; null for the defaults.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">No curve is given.</exception>
    public static StepFigureModel Model(IReadOnlyList<CoxSurvivalSeries> series, CoxSurvivalPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= new CoxSurvivalPlotOptions();
        if (series.Count == 0)
        {
            throw new ArgumentException("There are no predicted curves to draw: give at least one profile.", nameof(series));
        }

        if (options.Labels is { } names && names.Count != series.Count)
        {
            throw new ArgumentException($"Labels has {names.Count} labels for {series.Count} curves; give one label per curve in order.", nameof(options));
        }

        var display = options.DisplayTimeUnit ?? options.InputTimeUnit;
        var factor = TimeAxis.Factor(options.InputTimeUnit, display);
        var k = options.Scale == SurvivalScale.Percent ? 100.0 : 1.0;
        var curves = ImmutableArray.CreateBuilder<StepCurve>(series.Count);
        for (var i = 0; i < series.Count; i++)
        {
            var c = series[i].Curve;
            var arm = options.Arms.For(series[i].Label, i);
            ImmutableArray<double> x = [0, .. c.Time.Select(t => t * factor)];
            ImmutableArray<double> y = [k, .. c.Survival.Select(s => s * k)];
            ImmutableArray<double?> lower = options.ConfidenceBands ? [k, .. c.Lower.Select(v => v * k)] : [];
            ImmutableArray<double?> upper = options.ConfidenceBands ? [k, .. c.Upper.Select(v => v * k)] : [];
            curves.Add(new StepCurve(options.Labels?[i] ?? series[i].Label, c.Stratum ?? series[i].Label, arm.Color, arm.Pattern, x, y, lower, upper, [], [], null, arm.Marker));
        }

        var lastTime = series.Max(s => s.Curve.Time.IsEmpty ? 0 : s.Curve.Time[^1]) * factor;
        var xMax = options.XMax ?? lastTime;
        var ticks = options.XMax is null
            ? TimeAxis.TicksCovering(xMax, options.XTickStep, display, options.Preset.WidthMm > 120 ? 11 : 7)
            : TimeAxis.Ticks(xMax, options.XTickStep, display, options.Preset.WidthMm > 120 ? 11 : 7);

        // One table row per stratum: the first curve of each stratum carries its counts.
        var strata = series.GroupBy(s => s.Curve.Stratum ?? string.Empty, StringComparer.Ordinal).Select(g => g.First().Curve).ToList();
        var rows = ImmutableArray.CreateBuilder<RiskTableRow>();
        foreach (var block in new[] { RiskTableRows.AtRisk, RiskTableRows.Events, RiskTableRows.Censored })
        {
            if (!options.RiskTable.HasFlag(block))
            {
                continue;
            }

            foreach (var c in strata)
            {
                var idx = Enumerable.Range(0, c.Time.Length).ToList();
                var values = ticks.Select(t => StepLookup.Read(idx, t / factor, block, i => c.Time[i], i => c.NRisk[i], i => c.NEvent[i], i => c.NCensor[i])).ToImmutableArray();
                rows.Add(new RiskTableRow(block, c.Stratum ?? "All", Colors.Black, values));
            }
        }

        var drawn = curves.MoveToImmutable();
        return new StepFigureModel(
            drawn,
            ticks,
            0,
            Math.Max(xMax, ticks[^1]),
            options.Scale == SurvivalScale.Percent ? [0, 25, 50, 75, 100] : [0, 0.25, 0.5, 0.75, 1],
            k,
            options.Scale,
            options.XLabel ?? $"Time since start ({TimeAxis.Name(display)})",
            options.YLabel ?? "Predicted probability of retention",
            [.. drawn.Select(c => new LegendEntry(c.Label, c.Color, c.Pattern, c.Marker))],
            rows.ToImmutable(),
            [],
            options.Title,
            LegendTitle: options.LegendTitle);
    }

    /// <summary>The finished figure (curves and table on one page) at the options' preset.</summary>
    /// <param name="series">The curves, in legend order.</param>
    /// <param name="options">What to show; null for the defaults.</param>
    /// <returns>The figure; render it with <see cref="Figure.ToPng"/> or <see cref="Figure.ToSvg"/>.</returns>
    public static Figure Create(IReadOnlyList<CoxSurvivalSeries> series, CoxSurvivalPlotOptions? options = null)
    {
        options ??= new CoxSurvivalPlotOptions();
        return StepFigureRenderer.Render(Model(series, options), options.Preset);
    }
}
