using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>Observed scores compared with the population norm expected for each person's age and sex.</summary>
/// <param name="Expected">Expected (norm) value per person.</param>
/// <param name="MeanObserved">Mean observed score.</param>
/// <param name="MeanExpected">Mean expected score.</param>
/// <param name="MeanDifference">Mean of observed − expected.</param>
/// <param name="Lower">Lower t-based confidence limit of the mean difference (norms treated as fixed).</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="N">Number of persons.</param>
/// <param name="Norm">Which norm was used, with its citation.</param>
public sealed record NormComparisonResult(ImmutableArray<double> Expected, double MeanObserved, double MeanExpected, double MeanDifference, double Lower, double Upper, int N, string Norm);
