using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>The EQ-5D profile of one group (Devlin, Parkin &amp; Browne 2010, <i>Health Econ</i> 19:886).</summary>
/// <param name="Group">The group label ("All" without groups).</param>
/// <param name="N">Respondents in the group.</param>
/// <param name="Dimensions">The five dimensions in the order MO, SC, UA, PD, AD.</param>
public sealed record Eq5dProfileGroup(string Group, int N, ImmutableArray<Eq5dDimensionProfile> Dimensions);
