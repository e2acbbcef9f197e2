using System.Collections.Immutable;

namespace OutcomesLab.Design;

/// <summary>One model term and the design-matrix columns it spans (an entry of R's <c>assign</c> attribute).</summary>
/// <param name="Name">Term name: the variable name, or <c>A:B</c> for an interaction.</param>
/// <param name="Columns">Zero-based column indices of the term in the design matrix.</param>
public sealed record DesignTerm(string Name, ImmutableArray<int> Columns);
