namespace OutcomesLab.Plotting;

/// <summary>Options shared by the forest plots.</summary>
public sealed record ForestPlotOptions
{
    /// <summary>Layout, resolution and type size; default the double journal column (forest plots carry text columns).</summary>
    public FigurePreset Preset { get; init; } = FigurePreset.JournalDouble;

    /// <summary>Labels replacing row names (e.g. the Cox term <c>arm=buprenorphine</c> → <c>Buprenorphine vs methadone</c>).</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>Text left of the null line; default depends on the plot (none for Cox).</summary>
    public string? FavoursLeft { get; init; }

    /// <summary>Text right of the null line.</summary>
    public string? FavoursRight { get; init; }

    /// <summary>Print a p-value column.</summary>
    public bool ShowP { get; init; } = true;

    /// <summary>Axis title (default per plot).</summary>
    public string? XLabel { get; init; }

    /// <summary>Title above the plot.</summary>
    public string? Title { get; init; }

    /// <summary>Left end of the axis on the natural scale (default from the intervals).</summary>
    public double? XMin { get; init; }

    /// <summary>Right end of the axis on the natural scale (default from the intervals).</summary>
    public double? XMax { get; init; }
}
