namespace OutcomesLab.Plotting;

/// <summary>What a urine-screen heat-map shows.</summary>
public sealed record UdsHeatmapPlotOptions
{
    /// <summary>Layout, resolution and type size; default the single journal column.</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalSingle;

    /// <summary>
    /// Time in treatment per patient, parallel to the words (e.g. <see cref="Outcomes.RetentionResult.TimeInTreatment"/>
    /// of the same index); rows are sorted by it, longest first. Null sorts by the weeks up to the last week with a sample.
    /// </summary>
    public IReadOnlyList<double>? TimeInTreatment { get; init; }

    /// <summary>Arm order from top to bottom (default: sorted ordinally, as in the urine-screen summary).</summary>
    public IReadOnlyList<string>? GroupOrder { get; init; }

    /// <summary>Title above the figure (journals usually want none).</summary>
    public string? Title { get; init; }
}
