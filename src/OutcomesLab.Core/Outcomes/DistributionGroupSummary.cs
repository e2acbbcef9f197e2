using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>Descriptive distribution of one group's values (see <see cref="DistributionSummary"/>).</summary>
/// <param name="Group">The group.</param>
/// <param name="N">Number of non-missing values.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Q1">First quartile (type-7 quantile at 0.25).</param>
/// <param name="Median">Median (type-7 quantile at 0.5).</param>
/// <param name="Q3">Third quartile (type-7 quantile at 0.75).</param>
/// <param name="Max">Largest value.</param>
/// <param name="LowerWhisker">Smallest value ≥ Q1 − 1.5·IQR.</param>
/// <param name="UpperWhisker">Largest value ≤ Q3 + 1.5·IQR.</param>
/// <param name="Outliers">Values beyond the whisker fences, ascending.</param>
/// <param name="Values">The group's non-missing values in input order.</param>
/// <param name="BinCounts">Count per histogram bin on the shared breaks of the result.</param>
public sealed record DistributionGroupSummary(
    string Group,
    int N,
    double Min,
    double Q1,
    double Median,
    double Q3,
    double Max,
    double LowerWhisker,
    double UpperWhisker,
    ImmutableArray<double> Outliers,
    ImmutableArray<double> Values,
    ImmutableArray<int> BinCounts);
