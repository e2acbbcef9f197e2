using System.Collections.Immutable;

namespace OutcomesLab.Reporting.Analyses;

/// <summary>One <c>time_points</c> entry of a <c>qol</c> analysis, with located columns.</summary>
/// <param name="Label">The label.</param>
/// <param name="Items">The five EQ-5D level columns.</param>
/// <param name="Vas">The EQ VAS column, or null.</param>
/// <param name="Time">The x position, or null.</param>
internal sealed record PlanQolTimePoint(string Label, ImmutableArray<PlanColumn> Items, PlanColumn? Vas, double? Time);
