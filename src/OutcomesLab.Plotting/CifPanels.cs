namespace OutcomesLab.Plotting;

/// <summary>How a cumulative-incidence figure lays out its causes.</summary>
public enum CifPanels
{
    /// <summary>
    /// <see cref="PerCause"/> when the highest curve of some drawn cause is below <see cref="CumulativeIncidenceFigure.SmallCauseRatio"/>
    /// (10%) of the highest curve of the largest cause, otherwise <see cref="Single"/>: a rare cause (3 deaths in 600) would lie
    /// flat on the axis of a common one.
    /// </summary>
    Auto,

    /// <summary>Every cause in one panel on one y-axis, the causes told apart by line type (cmprsk's <c>plot.cuminc</c>).</summary>
    Single,

    /// <summary>One panel per cause, stacked over a shared x-axis and number-at-risk table, each with its own y-range (as ggplot2's <c>facet_wrap(~ cause, ncol = 1, scales = "free_y")</c> of the curves; survminer's <c>ggcompetingrisks</c> facets by group instead).</summary>
    PerCause,
}
