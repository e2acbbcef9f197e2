using System.Collections.Immutable;

namespace OutcomesLab.Tables;

/// <summary>
/// One level of a categorical Table 1 variable: n per arm and overall, and the percentage of the
/// non-missing values (as R tableone; NaN when an arm has no non-missing value).
/// </summary>
/// <param name="Level">The level.</param>
/// <param name="Counts">n per arm (arm order of the table).</param>
/// <param name="OverallCount">n over all arms.</param>
/// <param name="Percents">100·n / non-missing, per arm.</param>
/// <param name="OverallPercent">100·n / non-missing, overall.</param>
/// <param name="Shown">False for the level hidden by <see cref="BaselineVariable.ShowOnlyLevel"/>.</param>
public sealed record BaselineLevelCounts(string Level, ImmutableArray<int> Counts, int OverallCount, ImmutableArray<double> Percents, double OverallPercent, bool Shown);
