namespace OutcomesLab.Plotting;

/// <summary>What a QoL trajectory figure shows.</summary>
public sealed record QolTrajectoryPlotOptions
{
    /// <summary>Layout, resolution and type size; default the single journal column.</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalSingle;

    /// <summary>y-axis title (default "Mean score").</summary>
    public string? YLabel { get; init; }

    /// <summary>x-axis title (default "Visit").</summary>
    public string? XLabel { get; init; }

    /// <summary>Lower edge of a population-norm band supplied by the caller (e.g. norm mean − SD), or null.</summary>
    public double? NormLower { get; init; }

    /// <summary>Upper edge of the population-norm band, or null.</summary>
    public double? NormUpper { get; init; }

    /// <summary>Legend label of the norm band (default "Population norm").</summary>
    public string? NormLabel { get; init; }

    /// <summary>Individual subject lines to draw under the means (thin, translucent, coloured by group), or empty for none.</summary>
    public IReadOnlyList<QolSubjectValues> Subjects { get; init; } = [];

    /// <summary>Title above the figure (journals usually want none).</summary>
    public string? Title { get; init; }

    /// <summary>The run's arm styles (colour, line type, marker), looked up by group; its <see cref="ArmStyles.Order"/> also orders the groups (default: the result's order, Okabe–Ito).</summary>
    public ArmStyles Arms { get; init; } = ArmStyles.Default;

    /// <summary>Display names of the groups, one per group of the result in the result's order, or null for the group names.</summary>
    public IReadOnlyList<string>? GroupLabels { get; init; }

    /// <summary>Text before the legend keys (e.g. "Arm"), or null for none.</summary>
    public string? LegendTitle { get; init; }
}
