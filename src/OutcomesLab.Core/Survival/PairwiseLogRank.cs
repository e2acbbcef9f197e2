namespace OutcomesLab.Survival;

/// <summary>The test between one pair of groups (computed on the subset of those two groups, same strata and weights).</summary>
/// <param name="Group1">First group (earlier in level order).</param>
/// <param name="Group2">Second group.</param>
/// <param name="ChiSquare">The two-group χ².</param>
/// <param name="DegreesOfFreedom">1, or 0 when no test is possible.</param>
/// <param name="PValue">Unadjusted p-value.</param>
/// <param name="AdjustedPValue">p-value adjusted over all pairs with <see cref="LogRankOptions.PairwiseAdjustment"/>.</param>
public sealed record PairwiseLogRank(string Group1, string Group2, double ChiSquare, int DegreesOfFreedom, double PValue, double AdjustedPValue);
