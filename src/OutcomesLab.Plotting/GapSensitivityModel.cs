using System.Collections.Immutable;

namespace OutcomesLab.Plotting;

/// <summary>What a gap-sensitivity figure shows: retention at one day per arm (lines) across permissible gaps (x categories).</summary>
/// <param name="Gaps">The gap labels in sweep order (x position i + 1).</param>
/// <param name="Day">The day after the index day at which retention is read.</param>
/// <param name="Series">One series per arm.</param>
/// <param name="Scale">Proportion or percent.</param>
/// <param name="XLabel">x-axis title.</param>
/// <param name="YLabel">y-axis title.</param>
/// <param name="Title">Title above the figure, or null.</param>
/// <param name="LegendTitle">Text before the legend keys, or null.</param>
public sealed record GapSensitivityModel(
    ImmutableArray<string> Gaps,
    int Day,
    ImmutableArray<GapSensitivitySeries> Series,
    SurvivalScale Scale,
    string XLabel,
    string YLabel,
    string? Title,
    string? LegendTitle = null);
