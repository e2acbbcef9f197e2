using System.Collections.Immutable;
using OutcomesLab.Inference;

namespace OutcomesLab.EffectSizes;

/// <summary>Everything about one 2×2 table: OR, RR, RD, NNT, Fisher's exact test and the chi-square tests.</summary>
/// <param name="Table">The table analysed (uncorrected counts).</param>
/// <param name="OddsRatio">Odds ratio with Woolf's (log) interval.</param>
/// <param name="RiskRatio">Risk ratio with Katz's (log) interval.</param>
/// <param name="RiskDifference">Risk difference with the configured interval.</param>
/// <param name="NumberNeededToTreat">NNT with Altman's interval.</param>
/// <param name="Fisher">Fisher's exact test with the conditional MLE odds ratio.</param>
/// <param name="ChiSquareYates">Pearson chi-square with Yates' correction (R <c>chisq.test(correct = TRUE)</c>).</param>
/// <param name="ChiSquare">Pearson chi-square without correction.</param>
/// <param name="ExpectedCounts">Expected counts under independence, rows × columns.</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Caveats: continuity correction applied, expected counts below 5.</param>
public sealed record TwoByTwoResult(
    TwoByTwoTable Table,
    EffectSizeResult OddsRatio,
    EffectSizeResult RiskRatio,
    EffectSizeResult RiskDifference,
    NntResult NumberNeededToTreat,
    FisherExactResult Fisher,
    HypothesisTestResult ChiSquareYates,
    HypothesisTestResult ChiSquare,
    ImmutableArray<ImmutableArray<double>> ExpectedCounts,
    TwoByTwoOptions Options,
    ImmutableArray<Diagnostic> Diagnostics);
