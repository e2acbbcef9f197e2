using System.Collections.Immutable;
using System.Globalization;
using OutcomesLab.Survival;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>
/// Cumulative incidence (Aalen–Johansen) figures from a <see cref="CumulativeIncidenceResult"/>:
/// one step curve per cause and group (colour = group in the Okabe–Ito palette, pattern = cause;
/// with one group, colour = cause), Gray's test per cause, and the number-at-risk table aligned with
/// the x ticks, read off the curves' rows as in <see cref="KaplanMeierFigure"/>.
/// </summary>
public static class CumulativeIncidenceFigure
{
    private static readonly double[] YSteps = [0.001, 0.002, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25];
    private static readonly double[] Ceilings = [0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0];

    /// <summary>
    /// The rule of <see cref="CifPanels.Auto"/>: a cause whose highest estimate (over groups) is below this share (0.1) of the
    /// highest estimate of any drawn cause gets its own panel layout, since on the common cause's axis its curves would
    /// span less than a tenth of the height (3 deaths in 600 patients next to 60% dropout are a flat line at 0).
    /// </summary>
    public const double SmallCauseRatio = 0.1;

    /// <summary>The layout <see cref="CifPanels.Auto"/> chooses: per cause when some drawn cause's highest estimate is below <see cref="SmallCauseRatio"/> of the largest cause's, otherwise single.</summary>
    /// <param name="result">The competing-risks result.</param>
    /// <param name="causes">The drawn causes (null: all).</param>
    /// <returns><see cref="CifPanels.PerCause"/> or <see cref="CifPanels.Single"/>.</returns>
    public static CifPanels AutoPanels(CumulativeIncidenceResult result, IReadOnlyList<int>? causes = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tops = (causes ?? result.Causes).Select(c => result.Curves.Where(k => k.Cause == c).SelectMany(k => k.Points).Select(p => p.Estimate).DefaultIfEmpty(0).Max()).ToList();
        return tops.Count > 1 && tops.Min() < SmallCauseRatio * tops.Max() ? CifPanels.PerCause : CifPanels.Single;
    }
    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.DenselyDashed, LinePattern.Dotted, LinePattern.Dashed];

    /// <summary>The plot model: what the figure will show, in display units.</summary>
    /// <param name="result">The competing-risks result.</param>
    /// <param name="options">What to show; null for the defaults.</param>
    /// <returns>The model.</returns>
    public static StepFigureModel Model(CumulativeIncidenceResult result, CumulativeIncidencePlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new CumulativeIncidencePlotOptions();
        if (options.SuppressBelow is { } threshold)
        {
            Tables.SmallCellSuppression.CheckThreshold(threshold);
        }

        var causes = options.Causes ?? result.Causes;
        foreach (var cause in causes)
        {
            if (!result.Causes.Contains(cause))
            {
                throw new ArgumentException($"Cause {cause} is not in the result; its causes are {string.Join(", ", result.Causes)}.", nameof(options));
            }
        }

        var display = options.DisplayTimeUnit ?? options.InputTimeUnit;
        var factor = TimeAxis.Factor(options.InputTimeUnit, display);
        var k = options.Scale == SurvivalScale.Percent ? 100.0 : 1.0;
        if (options.GroupLabels is { } names && names.Count != result.Groups.Length)
        {
            throw new ArgumentException($"GroupLabels has {names.Count} labels for {result.Groups.Length} groups; give one label per group in the result's order.", nameof(options));
        }

        string GroupName(int g) => options.GroupLabels?[g] ?? result.Groups[g];
        var byGroup = result.Groups.Length > 1;
        var perCause = (options.Panels == CifPanels.Auto ? AutoPanels(result, causes) : options.Panels) == CifPanels.PerCause;
        var curves = ImmutableArray.CreateBuilder<StepCurve>();
        for (var c = 0; c < causes.Count; c++)
        {
            for (var g = 0; g < result.Groups.Length; g++)
            {
                var curve = result.Curve(result.Groups[g], causes[c]);
                var arm = options.Arms.For(result.Groups[g], g);
                var color = byGroup ? arm.Color : options.Arms.At(c).Color;
                // In its own panel a cause needs no line type of its own: there the groups take them, as arms do in KM figures.
                var varied = options.Arms.LineTypes == ArmLineTypes.Varied;
                var pattern = perCause ? (varied ? arm.Pattern : LinePattern.Solid) : byGroup && varied ? Patterns[c % Patterns.Length] : LinePattern.Solid;
                var censored = options.CensorMarks ? curve.Points.Where(p => p.NCensor > 0).ToArray() : [];
                var label = byGroup ? $"{GroupName(g)}, {CauseLabel(options, causes[c])}" : CauseLabel(options, causes[c]);
                curves.Add(new StepCurve(
                    label,
                    result.Groups[g],
                    color,
                    pattern,
                    [0, .. curve.Points.Select(p => p.Time * factor)],
                    [0, .. curve.Points.Select(p => p.Estimate * k)],
                    options.ConfidenceBands ? [0, .. curve.Points.Select(p => p.Lower * k)] : [],
                    options.ConfidenceBands ? [0, .. curve.Points.Select(p => p.Upper * k)] : [],
                    [.. censored.Select(p => p.Time * factor)],
                    [.. censored.Select(p => p.Estimate * k)],
                    null,
                    byGroup ? arm.Marker : options.Arms.At(c).Marker));
            }
        }

        var drawn = curves.ToImmutable();
        var lastTime = result.Curves.Max(c => c.Points.IsEmpty ? 0 : c.Points[^1].Time) * factor;
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

            for (var g = 0; g < result.Groups.Length; g++)
            {
                // Every cause's curve of a group carries the group's at-risk, event and censoring counts.
                var points = result.Curve(result.Groups[g], result.Causes[0]).Points;
                var values = ticks.Select(t => StepLookup.Read(points, t / factor, block, p => p.Time, p => p.NRisk, p => p.NEvent + p.NCompetingEvent, p => p.NCensor)).ToImmutableArray();
                rows.Add(new RiskTableRow(block, GroupName(g), byGroup ? options.Arms.For(result.Groups[g], g).Color : Colors.Black, values) { SuppressBelow = options.SuppressBelow });
            }
        }

        var (yMax, yTicks) = YAxis(drawn, options.YMax, k);

        var legend = ImmutableArray.CreateBuilder<LegendEntry>();
        if (perCause)
        {
            if (byGroup)
            {
                legend.AddRange(result.Groups.Select((group, i) => LegendEntry.ForArm(GroupName(i), options.Arms.LineTypes == ArmLineTypes.Varied ? options.Arms.For(group, i) : options.Arms.For(group, i) with { Pattern = LinePattern.Solid })));
            }
        }
        else if (byGroup)
        {
            legend.AddRange(result.Groups.Select((group, i) => LegendEntry.ForArm(GroupName(i), options.Arms.For(group, i) with { Pattern = LinePattern.Solid })));
            if (causes.Count > 1)
            {
                legend.AddRange(causes.Select((c, i) => new LegendEntry(CauseLabel(options, c), Colors.Black, Patterns[i % Patterns.Length])));
            }
        }
        else if (causes.Count > 1)
        {
            legend.AddRange(drawn.Select(c => new LegendEntry(c.Label, c.Color, c.Pattern, c.Marker)));
        }

        var annotations = ImmutableArray.CreateBuilder<string>();
        if (options.GrayTest && !result.GrayTests.IsDefaultOrEmpty)
        {
            foreach (var test in result.GrayTests.Where(t => causes.Contains(t.Cause)))
            {
                annotations.Add($"Gray's test, {CauseLabel(options, test.Cause)}: {NumberFormat.P(test.PValue)}");
            }
        }

        var panels = ImmutableArray<StepPanel>.Empty;
        if (perCause)
        {
            var builder = ImmutableArray.CreateBuilder<StepPanel>();
            for (var c = 0; c < causes.Count; c++)
            {
                var own = drawn.Skip(c * result.Groups.Length).Take(result.Groups.Length).ToImmutableArray();
                var (panelMax, panelTicks) = YAxis(own, options.YMax, k);
                var gray = options.GrayTest && !result.GrayTests.IsDefaultOrEmpty ? result.GrayTests.Where(t => t.Cause == causes[c]).Select(t => $"Gray's test: {NumberFormat.P(t.PValue)}").ToImmutableArray() : [];
                builder.Add(new StepPanel(CauseLabel(options, causes[c]), own, panelTicks, panelMax * k, gray));
            }

            panels = builder.ToImmutable();
        }

        return new StepFigureModel(
            drawn,
            ticks,
            0,
            Math.Max(xMax, ticks[^1]),
            yTicks,
            yMax * k,
            options.Scale,
            options.XLabel ?? $"Time since start ({TimeAxis.Name(display)})",
            options.YLabel ?? "Cumulative incidence",
            legend.ToImmutable(),
            rows.ToImmutable(),
            annotations.ToImmutable(),
            options.Title,
            AnnotationsAtTop: true,
            LegendTitle: options.LegendTitle)
        {
            Panels = panels,
        };
    }

    /// <summary>The finished figure at the options' preset.</summary>
    /// <param name="result">The competing-risks result.</param>
    /// <param name="options">What to show; null for the defaults.</param>
    /// <returns>The figure.</returns>
    public static Figure Create(CumulativeIncidenceResult result, CumulativeIncidencePlotOptions? options = null)
    {
        options ??= new CumulativeIncidencePlotOptions();
        return StepFigureRenderer.Render(Model(result, options), options.Preset);
    }

    private static string CauseLabel(CumulativeIncidencePlotOptions options, int cause) =>
        options.CauseLabels is { } labels && labels.TryGetValue(cause, out var name) ? name : "cause " + cause.ToString(CultureInfo.InvariantCulture);

    // The y-axis of some curves: a round top above the highest curve or band (or the given top), and ticks of a round step, at most 6.
    private static (double YMax, ImmutableArray<double> Ticks) YAxis(IEnumerable<StepCurve> curves, double? given, double k)
    {
        var top = curves.SelectMany(c => c.Y.Concat(c.BandUpper.Where(u => u is not null).Select(u => u!.Value))).DefaultIfEmpty(0).Max() / k;
        var yMax = given ?? NiceCeiling(top);
        var yStep = YSteps.FirstOrDefault(s => yMax / s <= 5 + 1e-9, 0.25);
        while (yMax / yStep > 5 + 1e-9)
        {
            yStep *= 2;
        }

        return (yMax, [.. Enumerable.Range(0, (int)Math.Floor((yMax / yStep) + 1e-9) + 1).Select(i => Math.Round(i * yStep * k, 10))]);
    }

    private static double NiceCeiling(double value)
    {
        foreach (var candidate in Ceilings)
        {
            if (value <= candidate + 1e-12)
            {
                return candidate;
            }
        }

        return 1.0;
    }
}
