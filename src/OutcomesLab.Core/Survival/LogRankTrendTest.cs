using System.Collections.Immutable;

namespace OutcomesLab.Survival;

/// <summary>Test for trend over ordered groups: χ² = (wᵀ(O−E))² / (wᵀVw) on 1 df.</summary>
/// <param name="Scores">The group scores w.</param>
/// <param name="Statistic">wᵀ(O−E).</param>
/// <param name="Variance">wᵀVw.</param>
/// <param name="ChiSquare">The statistic squared over its variance.</param>
/// <param name="PValue">Upper tail of χ²(1).</param>
public sealed record LogRankTrendTest(ImmutableArray<double> Scores, double Statistic, double Variance, double ChiSquare, double PValue);
