using System.Collections.Immutable;

namespace OutcomesLab.EffectSizes;

/// <summary>
/// One effect size with its confidence interval. Differences are treatment − control and ratios
/// treatment / control, so the record fills the CLI's <c>effect</c> JSON contract directly
/// (<c>measure</c> = <see cref="MeasureKey"/>, <c>estimate</c>, <c>lower</c>, <c>upper</c>,
/// <c>conf_level</c>, <c>n_treatment</c>, <c>n_control</c>).
/// </summary>
/// <param name="Measure">The measure.</param>
/// <param name="Estimate">The point estimate (a ratio on its natural scale, not the log).</param>
/// <param name="Lower">Lower confidence limit (NaN when no interval exists).</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="ConfidenceLevel">The confidence level, e.g. 0.95.</param>
/// <param name="NTreatment">Observations (or pairs) used in the treatment group.</param>
/// <param name="NControl">Observations used in the control group (for paired designs, the number of pairs).</param>
/// <param name="StandardError">Standard error on the scale the interval is built on (log scale for ratios; NaN when the interval is not a Wald interval).</param>
/// <param name="Method">The estimator and interval method in words, naming the source (e.g. "noncentral t, df = 9 (Steiger &amp; Fouladi 1997)").</param>
/// <param name="Diagnostics">Caveats (continuity correction applied, zero cells, small samples…).</param>
public sealed record EffectSizeResult(
    EffectMeasure Measure,
    double Estimate,
    double Lower,
    double Upper,
    double ConfidenceLevel,
    int NTreatment,
    int NControl,
    double StandardError,
    string Method,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The CLI name of <see cref="Measure"/> (e.g. <c>cohens-d</c>, <c>odds-ratio</c>).</summary>
    public string MeasureKey => EffectMeasureNames.Key(Measure);

    /// <summary>True for ratio measures (OR, RR, HR), whose null value is 1 rather than 0.</summary>
    public bool IsRatio => Measure is EffectMeasure.OddsRatio or EffectMeasure.RiskRatio or EffectMeasure.HazardRatio;
}
