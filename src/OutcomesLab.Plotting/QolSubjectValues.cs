using System.Collections.Immutable;

namespace OutcomesLab.Plotting;

/// <summary>One subject's observed scores, one per visit of the trajectory, for drawing as an individual line (data, not a statistic).</summary>
/// <param name="Group">The subject's group (selects the line colour).</param>
/// <param name="Values">One value per visit; <see cref="double.NaN"/> marks a missing visit (the line is broken there).</param>
public sealed record QolSubjectValues(string Group, ImmutableArray<double> Values);
