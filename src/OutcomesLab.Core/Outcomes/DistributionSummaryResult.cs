using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>Per-group distributions with shared histogram breaks (see <see cref="DistributionSummary"/>).</summary>
/// <param name="Breaks">Histogram bin edges shared by all groups, ascending (bins are right-closed, the first also left-closed).</param>
/// <param name="Groups">One summary per group, in order of first appearance.</param>
public sealed record DistributionSummaryResult(ImmutableArray<double> Breaks, ImmutableArray<DistributionGroupSummary> Groups);
