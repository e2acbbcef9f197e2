using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>Mean quality-of-life score with t-based confidence intervals per group and visit (see <see cref="QolTrajectory"/>).</summary>
/// <param name="ConfidenceLevel">The confidence level, e.g. 0.95.</param>
/// <param name="Visits">Visit labels in order.</param>
/// <param name="Times">Visit times in order.</param>
/// <param name="Groups">Groups in order of first appearance.</param>
/// <param name="Points">One point per group × visit, group-major.</param>
public sealed record QolTrajectoryResult(double ConfidenceLevel, ImmutableArray<string> Visits, ImmutableArray<double> Times, ImmutableArray<string> Groups, ImmutableArray<QolTrajectoryPoint> Points);
