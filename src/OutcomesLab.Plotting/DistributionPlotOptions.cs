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
}
