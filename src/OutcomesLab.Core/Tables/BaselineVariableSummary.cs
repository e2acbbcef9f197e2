using System.Collections.Immutable;
using OutcomesLab.Inference;

namespace OutcomesLab.Tables;

/// <summary>
/// The Table 1 block of one variable: per-arm and overall summaries, standardised mean differences
/// and (optionally) the test of no difference between arms.
/// </summary>
/// <param name="Name">The variable's label.</param>
/// <param name="Kind">Continuous or categorical.</param>
/// <param name="NonNormal">Continuous: displayed as median [Q1, Q3] and tested with Kruskal–Wallis.</param>
/// <param name="ArmStatistics">Continuous: one summary per arm (empty for categorical).</param>
/// <param name="OverallStatistics">Continuous: the summary over all arms (null for categorical).</param>
/// <param name="Levels">Categorical: one row per level in level order (empty for continuous).</param>
/// <param name="NonMissing">Non-missing values per arm.</param>
/// <param name="Missing">Missing values per arm.</param>
/// <param name="OverallNonMissing">Non-missing values overall.</param>
/// <param name="OverallMissing">Missing values overall.</param>
/// <param name="SmdVersusFirst">Absolute SMD of arm j + 1 vs the first arm (length arms − 1); null when undefined.</param>
/// <param name="Smd">The mean of the absolute SMDs over all pairs of arms (tableone's printed SMD; equal to the only SMD with two arms); null when one is undefined.</param>
/// <param name="Test">The test of no difference (null unless p-values were asked for, or when it cannot be computed).</param>
public sealed record BaselineVariableSummary(
    string Name,
    BaselineVariableKind Kind,
    bool NonNormal,
    ImmutableArray<BaselineContinuousStatistics> ArmStatistics,
    BaselineContinuousStatistics? OverallStatistics,
    ImmutableArray<BaselineLevelCounts> Levels,
    ImmutableArray<int> NonMissing,
    ImmutableArray<int> Missing,
    int OverallNonMissing,
    int OverallMissing,
    ImmutableArray<double?> SmdVersusFirst,
    double? Smd,
    HypothesisTestResult? Test);
