using System.Collections.Immutable;

namespace OutcomesLab.Survival;

/// <summary>Gray's test of one cause (one row of cmprsk's <c>$Tests</c>).</summary>
/// <param name="Cause">The cause compared across groups.</param>
/// <param name="Statistic">s'V⁻¹s (cmprsk <c>stat</c>); NaN when V is singular (cmprsk reports -1).</param>
/// <param name="DegreesOfFreedom">Number of groups − 1 (cmprsk <c>df</c>).</param>
/// <param name="PValue">1 − pchisq(stat, df) computed as cmprsk does, so values below about 1e-16 are 0, and 1 when the statistic is negative (cmprsk <c>pv</c>).</param>
/// <param name="Rho">The weight power ρ used.</param>
/// <param name="Stratified">Whether the test was stratified by the sample's strata.</param>
/// <param name="Scores">The scores of the first (groups − 1) groups.</param>
/// <param name="Covariance">Their estimated covariance matrix, by rows.</param>
public sealed record GrayTestResult(
    int Cause,
    double Statistic,
    int DegreesOfFreedom,
    double PValue,
    double Rho,
    bool Stratified,
    ImmutableArray<double> Scores,
    ImmutableArray<ImmutableArray<double>> Covariance);
