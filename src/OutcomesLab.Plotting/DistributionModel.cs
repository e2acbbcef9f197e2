using System.Collections.Immutable;

namespace OutcomesLab.Plotting;

/// <summary>What a distribution figure shows: box plots by group or histograms on shared breaks.</summary>
/// <param name="Kind">Box plots or histograms.</param>
/// <param name="Groups">Groups in order.</param>
/// <param name="N">Number of values per group.</param>
/// <param name="Boxes">Boxes (empty in histogram mode).</param>
/// <param name="Bars">Bars (empty in box mode).</param>
/// <param name="ValueLabel">Value-axis title.</param>
/// <param name="Title">Title, or null.</param>
/// <param name="LegendTitle">Text before the legend keys of histograms, or null.</param>
public sealed record DistributionModel(DistributionKind Kind, ImmutableArray<string> Groups, ImmutableArray<int> N, ImmutableArray<DistributionBox> Boxes, ImmutableArray<DistributionBar> Bars, string ValueLabel, string? Title, string? LegendTitle = null);
