namespace OutcomesLab.Plotting;

/// <summary>What a distribution figure shows.</summary>
public sealed record DistributionPlotOptions
{
    /// <summary>Layout, resolution and type size; default the single journal column.</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalSingle;

    /// <summary>Box plots (default) or histograms.</summary>
    public DistributionKind Kind { get; init; } = DistributionKind.Box;

    /// <summary>Overlay each value as a horizontally jittered point on the box plot (off by default).</summary>
    public bool Jitter { get; init; }

    /// <summary>Title of the value axis (default "Value").</summary>
    public string? ValueLabel { get; init; }

    /// <summary>Title above the figure, or null.</summary>
    public string? Title { get; init; }

    /// <summary>The run's arm styles (colour, line type, marker), looked up by group; its <see cref="ArmStyles.Order"/> also orders the groups (default: the result's order, Okabe–Ito).</summary>
    public ArmStyles Arms { get; init; } = ArmStyles.Default;

    /// <summary>Display names of the groups, one per group of the result in the result's order, or null for the group names.</summary>
    public IReadOnlyList<string>? GroupLabels { get; init; }

    /// <summary>Text before the legend keys of histograms (e.g. "Arm"), or null for none; box plots name the groups on the axis and have no legend.</summary>
    public string? LegendTitle { get; init; }
}
