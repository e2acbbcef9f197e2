namespace OutcomesLab.Plotting;

/// <summary>What a cumulative-incidence (competing risks) figure shows: one curve per cause and group, colour by group and line pattern by cause, with a number-at-risk table.</summary>
public sealed record CumulativeIncidencePlotOptions
{
    /// <summary>Layout, resolution and type size; default the single journal column.</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalSingle;

    /// <summary>The unit of the result's times (default days).</summary>
    public TimeUnit InputTimeUnit { get; init; } = TimeUnit.Days;

    /// <summary>The unit of the x-axis (default: the input unit).</summary>
    public TimeUnit? DisplayTimeUnit { get; init; }

    /// <summary>Right end of the x-axis in the display unit (default: the first tick at or after the last time of any curve, so the axis ends on a labelled break).</summary>
    public double? XMax { get; init; }

    /// <summary>Distance between x ticks in the display unit (default: a round step).</summary>
    public double? XTickStep { get; init; }

    /// <summary>Top of the y-axis as a proportion (default: a round value above the highest curve or band).</summary>
    public double? YMax { get; init; }

    /// <summary>Proportion (default) or percent.</summary>
    public SurvivalScale Scale { get; init; } = SurvivalScale.Proportion;

    /// <summary>The causes to draw (default all, in the result's order).</summary>
    public IReadOnlyList<int>? Causes { get; init; }

    /// <summary>Names of the cause codes (e.g. 1 → "Dropout"); default <c>Cause k</c>.</summary>
    public IReadOnlyDictionary<int, string>? CauseLabels { get; init; }

    /// <summary>
    /// Shade pointwise confidence bands: the result's <see cref="Survival.CumulativeIncidencePoint.Lower"/> and
    /// <see cref="Survival.CumulativeIncidencePoint.Upper"/>, i.e. the interval its tables print (variance and transform of its
    /// <see cref="Survival.CumulativeIncidenceOptions"/>; R default cmprsk delta-method SE on the log scale). Off by default, as
    /// survminer's <c>ggcompetingrisks(conf.int = FALSE)</c> and cmprsk's <c>plot.cuminc</c> (which draws no interval):
    /// overlapping bands of several causes hide the curves.
    /// </summary>
    public bool ConfidenceBands { get; init; }

    /// <summary>One panel for all causes, one per cause, or (default) one per cause when a cause is rare; see <see cref="CifPanels.Auto"/>.</summary>
    public CifPanels Panels { get; init; } = CifPanels.Auto;

    /// <summary>Mark censoring times on the curves (default off, as cmprsk's <c>plot.cuminc</c>).</summary>
    public bool CensorMarks { get; init; }

    /// <summary>The table blocks under the plot; events count every cause.</summary>
    public RiskTableRows RiskTable { get; init; } = RiskTableRows.AtRisk;

    /// <summary>Print Gray's test p-value per drawn cause when the result has it.</summary>
    public bool GrayTest { get; init; } = true;

    /// <summary>Title above the plot.</summary>
    public string? Title { get; init; }

    /// <summary>x-axis title (default <c>Time since start (days)</c>).</summary>
    public string? XLabel { get; init; }

    /// <summary>y-axis title (default <c>Cumulative incidence</c>).</summary>
    public string? YLabel { get; init; }

    /// <summary>
    /// Small-cell suppression of the table under the plot: counts from 1 to K-1 print as "&lt;K"
    /// (primary suppression, as <see cref="KaplanMeierPlotOptions.SuppressBelow"/>). Null (default): no suppression.
    /// </summary>
    public int? SuppressBelow { get; init; }

    /// <summary>Legend and at-risk labels replacing the group labels of the result (same order as its groups), e.g. the arm names of an analysis plan.</summary>
    public IReadOnlyList<string>? GroupLabels { get; init; }

    /// <summary>The run's arm styles, looked up by group: colour and marker per group, line types per cause unless <see cref="ArmLineTypes.Solid"/> (default: by position, Okabe–Ito, varied).</summary>
    public ArmStyles Arms { get; init; } = ArmStyles.Default;

    /// <summary>Text before the legend keys, or null for none.</summary>
    public string? LegendTitle { get; init; }
}
