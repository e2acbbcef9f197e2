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
}
