using System.Collections.Immutable;
using OutcomesLab.Survival;

namespace OutcomesLab.Plotting;

/// <summary>
/// Kaplan–Meier (retention) figures from a <see cref="KaplanMeierResult"/>: step curves per group
/// in the Okabe–Ito palette, censoring marks, confidence bands, optional median lines, and a
/// number-at-risk table in the same image, aligned with the x ticks (Pocock, Clayton &amp; Altman,
/// <i>Lancet</i> 2002;359:1686–9; survminer's <c>ggsurvplot(risk.table = TRUE)</c>).
/// </summary>
/// <remarks>
/// Nothing is estimated here. The numbers in the table are read off the result's step function:
/// the number at risk at tick t is <c>n.risk</c> of the first table row with time ≥ t (0 after
/// the last row), cumulative events and censorings are the sums of <c>n.event</c> and
/// <c>n.censor</c> over rows with time ≤ t: what R's <c>summary(fit, times = t, extend = TRUE)</c> reports.
/// </remarks>
public static class KaplanMeierFigure
{
    /// <summary>The plot model: what the figure will show, in display units.</summary>
    /// <param name="result">The Kaplan–Meier result.</param>
    /// <param name="options">What to show; null for the defaults.</param>
    /// <returns>The model.</returns>
    public static StepFigureModel Model(KaplanMeierResult result, KaplanMeierPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new KaplanMeierPlotOptions();
        if (options.SuppressBelow is { } threshold)
        {
            Tables.SmallCellSuppression.CheckThreshold(threshold);
        }

        if (result.Curves.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The Kaplan–Meier result has no curves to draw.", nameof(result));
        }

        if (options.GroupLabels is { } names && names.Count != result.Curves.Length)
        {
            throw new ArgumentException($"GroupLabels has {names.Count} labels for {result.Curves.Length} curves; give one label per curve in the result's order.", nameof(options));
        }

        var display = options.DisplayTimeUnit ?? options.InputTimeUnit;
        var factor = TimeAxis.Factor(options.InputTimeUnit, display);
        var k = options.Scale == SurvivalScale.Percent ? 100.0 : 1.0;
        var curves = ImmutableArray.CreateBuilder<StepCurve>(result.Curves.Length);
        for (var i = 0; i < result.Curves.Length; i++)
        {
            var c = result.Curves[i];
            var label = options.GroupLabels?[i] ?? c.Group;
            var arm = options.Arms.For(c.Group, i);
            ImmutableArray<double> x = [0, .. c.Table.Select(r => r.Time * factor)];
            ImmutableArray<double> y = [k, .. c.Table.Select(r => r.Surv * k)];
            ImmutableArray<double?> lower = options.ConfidenceBands ? [k, .. c.Table.Select(r => r.Lower * k)] : [];
            ImmutableArray<double?> upper = options.ConfidenceBands ? [k, .. c.Table.Select(r => r.Upper * k)] : [];
            var censored = options.CensorMarks ? c.Table.Where(r => r.NCensor > 0).ToArray() : [];
            curves.Add(new StepCurve(
                label,
                c.Group,
                arm.Color,
                arm.Pattern,
                x,
                y,
                lower,
                upper,
                [.. censored.Select(r => r.Time * factor)],
                [.. censored.Select(r => r.Surv * k)],
                options.MedianLines && c.Median.Time is { } m ? m * factor : null,
                arm.Marker));
        }

        var lastTime = result.Curves.Max(c => c.Table.IsEmpty ? 0 : c.Table[^1].Time) * factor;
        var xMax = options.XMax ?? lastTime;
        // Without a given x maximum the axis runs to the tick at or after the last time, so that it ends on a break.
        var ticks = options.XMax is null
            ? TimeAxis.TicksCovering(xMax, options.XTickStep, display, options.Preset.WidthMm > 120 ? 11 : 7)
            : TimeAxis.Ticks(xMax, options.XTickStep, display, options.Preset.WidthMm > 120 ? 11 : 7);
        var rows = ImmutableArray.CreateBuilder<RiskTableRow>();
        foreach (var block in new[] { RiskTableRows.AtRisk, RiskTableRows.Events, RiskTableRows.Censored })
        {
            if (!options.RiskTable.HasFlag(block))
            {
                continue;
            }

            for (var i = 0; i < result.Curves.Length; i++)
            {
                var table = result.Curves[i].Table;
                var values = ticks.Select(t => StepLookup.Read(table, t / factor, block, r => r.Time, r => r.NRisk, r => r.NEvent, r => r.NCensor)).ToImmutableArray();
                rows.Add(new RiskTableRow(block, curves[i].Label, curves[i].Color, values) { SuppressBelow = options.SuppressBelow });
            }
        }

        var drawn = curves.MoveToImmutable();
        var annotations = ImmutableArray.CreateBuilder<string>();
        if (options.PValue is { } p)
        {
            annotations.Add($"{options.PValueLabel} {NumberFormat.P(p)}");
        }

        if (options.HazardRatio is { } hr)
        {
            annotations.Add(hr.ToString());
        }

        return new StepFigureModel(
            drawn,
            ticks,
            0,
            Math.Max(xMax, ticks[^1]),
            options.Scale == SurvivalScale.Percent ? [0, 25, 50, 75, 100] : [0, 0.25, 0.5, 0.75, 1],
            k,
            options.Scale,
            options.XLabel ?? $"Time since start ({TimeAxis.Name(display)})",
            options.YLabel ?? "Probability of retention",
            result.Curves.Length > 1 ? [.. drawn.Select(c => new LegendEntry(c.Label, c.Color, c.Pattern, c.Marker))] : [],
            rows.ToImmutable(),
            annotations.ToImmutable(),
            options.Title,
            LegendTitle: options.LegendTitle);
    }

    /// <summary>The finished figure (curves and table on one page) at the options' preset.</summary>
    /// <param name="result">The Kaplan–Meier result.</param>
    /// <param name="options">What to show; null for the defaults.</param>
    /// <returns>The figure; render it with <see cref="Figure.ToPng"/> or <see cref="Figure.ToSvg"/>.</returns>
    public static Figure Create(KaplanMeierResult result, KaplanMeierPlotOptions? options = null)
    {
        options ??= new KaplanMeierPlotOptions();
        return StepFigureRenderer.Render(Model(result, options), options.Preset);
    }
}
