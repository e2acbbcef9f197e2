using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>The gap-sensitivity sweep (<see cref="RetentionAnalysis.GapSweep"/>): a table and, per gap, the full result whose Kaplan–Meier curves a plot overlays.</summary>
/// <param name="Rows">One row per gap and group, gaps in the requested order.</param>
/// <param name="Results">The retention result per gap (same order).</param>
public sealed record RetentionGapSweepResult(ImmutableArray<RetentionGapSweepRow> Rows, ImmutableArray<RetentionResult> Results);
