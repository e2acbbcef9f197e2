using System.Collections.Immutable;

namespace OutcomesLab.EffectSizes;

/// <summary>
/// One row of a domain comparison (one line of the forest plot): the natural effects, a common
/// standardised scale and the test, oriented so that a positive <see cref="FavoursTreatment"/> always
/// means benefit for the treatment arm.
/// </summary>
/// <param name="Name">Outcome name.</param>
/// <param name="Domain">Outcome domain.</param>
/// <param name="Type">Outcome type.</param>
/// <param name="Direction">Which direction is better.</param>
/// <param name="NTreatment">Subjects with a value in the treatment arm.</param>
/// <param name="NControl">Subjects with a value in the control arm.</param>
/// <param name="NaturalEffects">Effects on the outcome's own scale, treatment vs control, not re-oriented (continuous: mean difference, Hedges' g; binary: RD, RR, OR; time-to-event: HR, RMST difference).</param>
/// <param name="StandardizedEffect">The effect as a standardised mean difference (d scale), not yet oriented.</param>
/// <param name="Conversion">How <see cref="StandardizedEffect"/> was obtained and under which assumption.</param>
/// <param name="FavoursTreatment">d oriented by <see cref="Direction"/>: positive = benefit of treatment.</param>
/// <param name="FavoursTreatmentLower">Lower limit of the oriented d.</param>
/// <param name="FavoursTreatmentUpper">Upper limit of the oriented d.</param>
/// <param name="Test">The test behind <see cref="PValue"/>.</param>
/// <param name="PValue">Unadjusted two-sided p-value.</param>
/// <param name="AdjustedPValue">p adjusted across all outcomes of the comparison.</param>
/// <param name="Diagnostics">Caveats of this outcome.</param>
public sealed record OutcomeComparison(
    string Name,
    OutcomeDomain Domain,
    OutcomeType Type,
    OutcomeDirection Direction,
    int NTreatment,
    int NControl,
    ImmutableArray<EffectSizeResult> NaturalEffects,
    EffectSizeResult StandardizedEffect,
    string Conversion,
    double FavoursTreatment,
    double FavoursTreatmentLower,
    double FavoursTreatmentUpper,
    string Test,
    double PValue,
    double AdjustedPValue,
    ImmutableArray<Diagnostic> Diagnostics);
