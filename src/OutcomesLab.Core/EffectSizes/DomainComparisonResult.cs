using System.Collections.Immutable;
using OutcomesLab.Inference;

namespace OutcomesLab.EffectSizes;

/// <summary>A side-by-side comparison of outcome domains between two arms (the data of a domain forest plot and table).</summary>
/// <param name="Treatment">Treatment arm label.</param>
/// <param name="Control">Control arm label.</param>
/// <param name="Outcomes">One row per outcome, in input order.</param>
/// <param name="Adjustment">The multiplicity adjustment used.</param>
/// <param name="ConfidenceLevel">The confidence level.</param>
/// <param name="Diagnostics">Caveats of the whole comparison; per-outcome caveats are on each row.</param>
public sealed record DomainComparisonResult(
    string Treatment,
    string Control,
    ImmutableArray<OutcomeComparison> Outcomes,
    PAdjustMethod Adjustment,
    double ConfidenceLevel,
    ImmutableArray<Diagnostic> Diagnostics);
