using System.Collections.Immutable;

namespace OutcomesLab.Survival;

/// <summary>
/// A k-sample (optionally stratified, optionally weighted) log-rank test, R <c>survdiff</c>.
/// Per-group vectors are in group level order; empty group levels are dropped.
/// </summary>
/// <param name="Groups">Group labels.</param>
/// <param name="N">Subjects per group (R <c>n</c>).</param>
/// <param name="Observed">Weighted observed events per group summed over strata (R <c>obs</c>; weighted by w(t) unless log-rank).</param>
/// <param name="Expected">Weighted expected events per group (R <c>exp</c>).</param>
/// <param name="ObservedMinusExpected">O − E.</param>
/// <param name="Variance">Variance matrix of O − E, summed over strata (R <c>var</c>), rows = groups.</param>
/// <param name="ChiSquare">(O−E)ᵀ V⁻ (O−E): groups with E = 0 are removed and the first remaining group is dropped, as survdiff does (R <c>chisq</c>).</param>
/// <param name="DegreesOfFreedom">(number of groups with E &gt; 0) − 1.</param>
/// <param name="PValue">Upper tail of χ²(df) (R <c>pvalue</c>).</param>
/// <param name="Strata">Stratum labels (one <c>"all"</c> stratum when unstratified).</param>
/// <param name="StrataN">Subjects per stratum.</param>
/// <param name="ObservedByStratum">Observed events, groups × strata (R <c>obs</c> matrix).</param>
/// <param name="ExpectedByStratum">Expected events, groups × strata (R <c>exp</c> matrix).</param>
/// <param name="Trend">Test for trend over the ordered groups (null with fewer than two groups).</param>
/// <param name="Pairwise">Tests for every pair of groups with adjusted p-values (empty if not requested).</param>
/// <param name="Options">The options used.</param>
/// <param name="Diagnostics">Caveats.</param>
public sealed record LogRankResult(
    ImmutableArray<string> Groups,
    ImmutableArray<int> N,
    ImmutableArray<double> Observed,
    ImmutableArray<double> Expected,
    ImmutableArray<double> ObservedMinusExpected,
    ImmutableArray<ImmutableArray<double>> Variance,
    double ChiSquare,
    int DegreesOfFreedom,
    double PValue,
    ImmutableArray<string> Strata,
    ImmutableArray<int> StrataN,
    ImmutableArray<ImmutableArray<double>> ObservedByStratum,
    ImmutableArray<ImmutableArray<double>> ExpectedByStratum,
    LogRankTrendTest? Trend,
    ImmutableArray<PairwiseLogRank> Pairwise,
    LogRankOptions Options,
    ImmutableArray<Diagnostic> Diagnostics);
