namespace OutcomesLab.Plotting;

/// <summary>What an EQ-5D profile figure shows.</summary>
public sealed record Eq5dProfilePlotOptions
{
    /// <summary>Layout, resolution and type size; default the single journal column.</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalSingle;

    /// <summary>Percent (default) or proportion.</summary>
    public SurvivalScale Scale { get; init; } = SurvivalScale.Percent;

    /// <summary>Title above the figure (journals usually want none).</summary>
    public string? Title { get; init; }
}
