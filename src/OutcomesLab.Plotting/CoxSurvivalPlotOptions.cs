namespace OutcomesLab.Plotting;

/// <summary>What a figure of Cox-predicted survival curves shows (the Kaplan–Meier figure's layout; survminer's <c>ggadjustedcurves</c> / <c>ggsurvplot(survfit(fit, newdata))</c>).</summary>
public sealed record CoxSurvivalPlotOptions
{
    /// <summary>Layout, resolution and type size; default the single journal column.</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalSingle;

    /// <summary>The unit of the curves' times (default days).</summary>
    public TimeUnit InputTimeUnit { get; init; } = TimeUnit.Days;

    /// <summary>The unit of the x-axis (default: the input unit).</summary>
    public TimeUnit? DisplayTimeUnit { get; init; }

    /// <summary>Distance between x ticks in the display unit (default: a round step giving at most 7 ticks, 11 on a double column).</summary>
    public double? XTickStep { get; init; }

    /// <summary>Proportion (default) or percent.</summary>
    public SurvivalScale Scale { get; init; } = SurvivalScale.Proportion;

    /// <summary>Shade the pointwise confidence band of each curve (R <c>survfit.coxph</c>'s lower/upper).</summary>
    public bool ConfidenceBands { get; init; } = true;

    /// <summary>
    /// The table blocks under the plot (default: number at risk). The counts are those of the data the
    /// model was fitted on, the same for every profile, so the table has one row per stratum.
    /// </summary>
    public RiskTableRows RiskTable { get; init; } = RiskTableRows.AtRisk;

    /// <summary>Title above the plot.</summary>
    public string? Title { get; init; }

    /// <summary>x-axis title (default <c>Time since start (days)</c> in the display unit).</summary>
    public string? XLabel { get; init; }

    /// <summary>y-axis title (default <c>Predicted probability of retention</c>).</summary>
    public string? YLabel { get; init; }

    /// <summary>The run's arm styles (colour, line type, marker), looked up by each curve's label (default: by position, Okabe–Ito, varied line types).</summary>
    public ArmStyles Arms { get; init; } = ArmStyles.Default;

    /// <summary>Legend names replacing the series' labels, one per series in order, or null.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Text before the legend keys, or null for none.</summary>
    public string? LegendTitle { get; init; }

    /// <summary>Right end of the x-axis in the display unit (default: the first tick at or after the last time).</summary>
    public double? XMax { get; init; }
}
