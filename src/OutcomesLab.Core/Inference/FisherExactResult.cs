namespace OutcomesLab.Inference;

/// <summary>Fisher's exact test of a 2×2 table, as R's <c>fisher.test</c> (two-sided).</summary>
/// <param name="PValue">Two-sided p: the total probability of tables no more likely than the observed one (relative tolerance 1e-7).</param>
/// <param name="ConditionalMleOddsRatio">The conditional maximum-likelihood odds ratio (R <c>estimate</c>), not ad/bc.</param>
/// <param name="Lower">Lower limit of the conditional (exact) interval for the odds ratio.</param>
/// <param name="Upper">Upper limit (∞ when a = its maximum).</param>
/// <param name="ConfidenceLevel">The confidence level.</param>
public sealed record FisherExactResult(double PValue, double ConditionalMleOddsRatio, double Lower, double Upper, double ConfidenceLevel);
