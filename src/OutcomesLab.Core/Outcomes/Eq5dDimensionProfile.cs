using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>
/// One EQ-5D dimension's distribution of levels in one group: the "EQ-5D profile" descriptive
/// (Devlin NJ, Parkin D, Browne J. Patient-reported outcome measures in the NHS: new methods for
/// analysing and reporting EQ-5D data. <i>Health Econ</i> 2010;19:886–905).
/// </summary>
/// <param name="Dimension">The dimension code: MO, SC, UA, PD or AD.</param>
/// <param name="Counts">Respondents at level 1..L (index 0 is level 1).</param>
/// <param name="Shares">Counts divided by the group's number of respondents (NaN when the group is empty).</param>
/// <param name="AnyProblemShare">Share reporting any problem (level above 1).</param>
public sealed record Eq5dDimensionProfile(string Dimension, ImmutableArray<int> Counts, ImmutableArray<double> Shares, double AnyProblemShare);
