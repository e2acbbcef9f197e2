using System.Collections.Immutable;
using ScottPlot;

namespace OutcomesLab.Plotting;

/// <summary>What an EQ-5D profile figure shows: per dimension, one stacked bar of level shares per group.</summary>
/// <param name="Levels">3 or 5.</param>
/// <param name="LevelLabels">Legend label of each level.</param>
/// <param name="LevelColors">Fill colour of each level (light = no problems, dark = extreme).</param>
/// <param name="Dimensions">Dimension codes in x order.</param>
/// <param name="DimensionCentres">x centre of each dimension's group of bars.</param>
/// <param name="Groups">Groups, left to right within a dimension.</param>
/// <param name="GroupKeys">The short key printed over each group's bars (A, B, …), empty for a single group.</param>
/// <param name="Bars">Every stacked segment.</param>
/// <param name="Scale">Proportion or percent.</param>
/// <param name="YLabel">y-axis title.</param>
/// <param name="Title">Title, or null.</param>
public sealed record Eq5dProfileModel(
    int Levels,
    ImmutableArray<string> LevelLabels,
    ImmutableArray<Color> LevelColors,
    ImmutableArray<string> Dimensions,
    ImmutableArray<double> DimensionCentres,
    ImmutableArray<string> Groups,
    ImmutableArray<string> GroupKeys,
    ImmutableArray<Eq5dProfileBar> Bars,
    SurvivalScale Scale,
    string YLabel,
    string? Title);
