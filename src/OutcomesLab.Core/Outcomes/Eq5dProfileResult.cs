using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>
/// The EQ-5D profile: per group and dimension, the count and share of respondents at each level and
/// the share reporting any problem (Devlin NJ, Parkin D, Browne J. <i>Health Econ</i> 2010;19:886–905).
/// </summary>
/// <param name="Levels">3 (EQ-5D-3L) or 5 (EQ-5D-5L).</param>
/// <param name="Groups">One profile per group, in order of first appearance.</param>
public sealed record Eq5dProfileResult(int Levels, ImmutableArray<Eq5dProfileGroup> Groups);
