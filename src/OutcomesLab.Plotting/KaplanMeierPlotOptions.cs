namespace OutcomesLab.Plotting;

/// <summary>What a Kaplan–Meier (retention) figure shows. Defaults follow survminer's <c>ggsurvplot</c> with the number-at-risk table on (Pocock, Clayton &amp; Altman, <i>Lancet</i> 2002;359:1686–9, recommend it under every survival plot).</summary>
public sealed record KaplanMeierPlotOptions
{
    /// <summary>Layout, resolution and type size; default the single journal column.</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalSingle;

    /// <summary>The unit of the result's times (default days).</summary>
    public TimeUnit InputTimeUnit { get; init; } = TimeUnit.Days;

    /// <summary>The unit of the x-axis (default: the input unit).</summary>
    public TimeUnit? DisplayTimeUnit { get; init; }

    /// <summary>Right end of the x-axis in the display unit (default: the first tick at or after the last time of any curve, so the axis ends on a labelled break).</summary>
    public double? XMax { get; init; }

    /// <summary>Distance between x ticks in the display unit (default: a round step giving at most 7 ticks, 11 on a double column).</summary>
    public double? XTickStep { get; init; }

    /// <summary>Proportion (default) or percent.</summary>
    public SurvivalScale Scale { get; init; } = SurvivalScale.Proportion;

    /// <summary>Shade the pointwise confidence band of each curve (the result's lower/upper limits).</summary>
    public bool ConfidenceBands { get; init; } = true;

    /// <summary>Mark censoring times with a "+" on the curve.</summary>
    public bool CensorMarks { get; init; } = true;

    /// <summary>Draw dashed lines from the y-axis at 0.5 to each reached median and down to the x-axis.</summary>
    public bool MedianLines { get; init; }

    /// <summary>The table blocks under the plot (default: number at risk).</summary>
    public RiskTableRows RiskTable { get; init; } = RiskTableRows.AtRisk;

    /// <summary>
    /// Small-cell suppression of the table under the plot: counts 1..K − 1 (number at risk, and the
    /// events and censored blocks when shown) print as "&lt;K", e.g. K = 11 for CMS's cell-size rule.
    /// Only primary suppression applies: the rows have no published totals, so no complementary cell
    /// is needed to stop a hidden count being recovered by subtraction (differences between ticks
    /// still bound the counts of an interval; widen the tick step if that matters). Null (default):
    /// no suppression.
    /// </summary>
    public int? SuppressBelow { get; init; }

    /// <summary>A log-rank (or other test) p-value to print, e.g. <see cref="Survival.LogRankResult.PValue"/>.</summary>
    public double? PValue { get; init; }

    /// <summary>The name printed before <see cref="PValue"/>.</summary>
    public string PValueLabel { get; init; } = "Log-rank";

    /// <summary>A hazard ratio to print.</summary>
    public HazardRatioAnnotation? HazardRatio { get; init; }

    /// <summary>Title above the plot (journals usually want none: the caption carries it).</summary>
    public string? Title { get; init; }

    /// <summary>x-axis title (default <c>Time since start (days)</c> in the display unit).</summary>
    public string? XLabel { get; init; }

    /// <summary>y-axis title (default <c>Probability of retention</c>).</summary>
    public string? YLabel { get; init; }

    /// <summary>Legend labels replacing the group labels of the result (same order as its curves).</summary>
    public IReadOnlyList<string>? GroupLabels { get; init; }

    /// <summary>The run's arm styles (colour, line type, marker), looked up by each curve's group (default: by position, Okabe–Ito, varied line types).</summary>
    public ArmStyles Arms { get; init; } = ArmStyles.Default;

    /// <summary>Text before the legend keys (e.g. "Clinic"), or null for none (survminer's <c>legend.title</c>).</summary>
    public string? LegendTitle { get; init; }
}
