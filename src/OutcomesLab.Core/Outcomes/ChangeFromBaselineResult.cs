using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>Change from the baseline visit to every later visit per group (see <see cref="ChangeFromBaseline"/>).</summary>
/// <param name="Options">The options used.</param>
/// <param name="Visits">All visit labels; the first is the baseline.</param>
/// <param name="Groups">Groups in order of first appearance.</param>
/// <param name="BaselineSD">Sample SD (n − 1) of the baseline values over all groups, the SD_baseline of the reliable change index (NaN with fewer than two).</param>
/// <param name="Changes">One entry per later visit × group, visit-major (all groups of visit 1, then visit 2, …).</param>
public sealed record ChangeFromBaselineResult(ChangeFromBaselineOptions Options, ImmutableArray<string> Visits, ImmutableArray<string> Groups, double BaselineSD, ImmutableArray<ChangeFromBaselineGroup> Changes);
