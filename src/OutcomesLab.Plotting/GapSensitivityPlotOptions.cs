namespace OutcomesLab.Plotting;

/// <summary>What a gap-sensitivity figure shows.</summary>
public sealed record GapSensitivityPlotOptions
{
    /// <summary>Layout, resolution and type size; default the single journal column.</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalSingle;

    /// <summary>The day whose retention is drawn; it must be one of the sweep's retained-at days (default: the last of them).</summary>
    public int? Day { get; init; }

    /// <summary>Proportion (default) or percent.</summary>
    public SurvivalScale Scale { get; init; } = SurvivalScale.Proportion;

    /// <summary>Title above the figure (journals usually want none).</summary>
    public string? Title { get; init; }

    /// <summary>Small-cell suppression K: a point whose retained count is 1..K−1 is not drawn (its percentage would reveal the count); null draws every point.</summary>
    public int? SuppressBelow { get; init; }

    /// <summary>x-axis title (default "Permissible gap (days without medication)").</summary>
    public string? XLabel { get; init; }

    /// <summary>y-axis title (default "Retained at day D", with "(%)" in percent).</summary>
    public string? YLabel { get; init; }

    /// <summary>The run's arm styles (colour, line type, marker), looked up by group; its <see cref="ArmStyles.Order"/> also orders the groups (default: the result's order, Okabe–Ito).</summary>
    public ArmStyles Arms { get; init; } = ArmStyles.Default;

    /// <summary>Display names of the groups, one per group of the result in the result's order, or null for the group names.</summary>
    public IReadOnlyList<string>? GroupLabels { get; init; }

    /// <summary>Text before the legend keys (e.g. "Arm"), or null for none.</summary>
    public string? LegendTitle { get; init; }
}
