using OutcomesLab.Inference;

namespace OutcomesLab.Survival;

/// <summary>Options of <see cref="LogRankTest.Compute"/>. Every default is R's <c>survdiff</c>.</summary>
public sealed record LogRankOptions
{
    /// <summary>The options with every default.</summary>
    public static LogRankOptions Default { get; } = new();

    /// <summary>The weight function; default <see cref="LogRankWeighting.LogRank"/> (R <c>rho = 0</c>).</summary>
    public LogRankWeighting Weighting { get; init; } = LogRankWeighting.LogRank;

    /// <summary>rho of <see cref="LogRankWeighting.GRho"/> (R <c>survdiff(rho = )</c>); ignored otherwise.</summary>
    public double Rho { get; init; }

    /// <summary>p of <see cref="LogRankWeighting.FlemingHarrington"/>; ignored otherwise.</summary>
    public double P { get; init; }

    /// <summary>q of <see cref="LogRankWeighting.FlemingHarrington"/>; ignored otherwise.</summary>
    public double Q { get; init; }

    /// <summary>Scores of the ordered groups for the test for trend; null = 1, 2, ..., k (group level order).</summary>
    public IReadOnlyList<double>? TrendScores { get; init; }

    /// <summary>Whether to run the test for every pair of groups (as survminer's <c>pairwise_survdiff</c>, on the subset of the two groups).</summary>
    public bool ComputePairwise { get; init; } = true;

    /// <summary>
    /// Adjustment of the pairwise p-values; default <see cref="PAdjustMethod.Holm"/>, R <c>p.adjust</c>'s default.
    /// survminer's <c>pairwise_survdiff</c> defaults to <c>"BH"</c>: set <see cref="PAdjustMethod.BenjaminiHochberg"/> to match it.
    /// </summary>
    public PAdjustMethod PairwiseAdjustment { get; init; } = PAdjustMethod.Holm;
}
