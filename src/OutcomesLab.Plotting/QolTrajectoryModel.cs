using System.Collections.Immutable;

namespace OutcomesLab.Plotting;

/// <summary>What a QoL trajectory figure shows: per group, means with confidence intervals across visits, and an optional population-norm band.</summary>
/// <param name="Visits">Visit labels (x tick labels).</param>
/// <param name="Times">Visit times (x tick positions).</param>
/// <param name="Series">One series per group.</param>
/// <param name="ConfidenceLevel">The CI level of the error bars.</param>
/// <param name="NormLower">Lower edge of the population-norm band, or null for none.</param>
/// <param name="NormUpper">Upper edge of the population-norm band, or null for none.</param>
/// <param name="NormLabel">Legend label of the band.</param>
/// <param name="XLabel">x-axis title.</param>
/// <param name="YLabel">y-axis title.</param>
/// <param name="Title">Title, or null.</param>
/// <param name="SubjectLines">Individual subject lines (empty for none).</param>
/// <param name="LegendTitle">Text before the legend keys, or null.</param>
public sealed record QolTrajectoryModel(
    ImmutableArray<string> Visits,
    ImmutableArray<double> Times,
    ImmutableArray<QolTrajectorySeries> Series,
    double ConfidenceLevel,
    double? NormLower,
    double? NormUpper,
    string NormLabel,
    string XLabel,
    string YLabel,
    string? Title,
    ImmutableArray<QolSubjectLine> SubjectLines,
    string? LegendTitle = null);
