using System.Collections.Immutable;

namespace OutcomesLab.Inference;

/// <summary>
/// Nonparametric bootstrap of a statistic with percentile and BCa intervals, as R's
/// <c>boot::boot</c> + <c>boot.ci(type = c("perc", "bca"))</c> (with the jackknife influence values
/// for the acceleration, <c>L = empinf(type = "jack")</c>).
/// </summary>
/// <param name="Estimate">The statistic on the original data, t₀.</param>
/// <param name="Bias">mean(t*) − t₀ over finite replicates.</param>
/// <param name="StandardError">SD of the finite replicates.</param>
/// <param name="PercentileLower">Percentile lower limit (boot's normal-scale interpolation of order statistics); NaN, with a diagnostic, when the replicates are all equal or none is finite (boot.ci returns NULL).</param>
/// <param name="PercentileUpper">Percentile upper limit.</param>
/// <param name="BcaLower">BCa lower limit (Efron 1987); NaN, with a diagnostic, when it is undefined.</param>
/// <param name="BcaUpper">BCa upper limit.</param>
/// <param name="BiasCorrection">z₀ = Φ⁻¹(#{t* &lt; t₀}/B).</param>
/// <param name="Acceleration">a = Σ L³ / (6 (Σ L²)^1.5), L the jackknife influence values.</param>
/// <param name="Replicates">Number of replicates requested.</param>
/// <param name="FailedReplicates">Replicates whose statistic was NaN or infinite (excluded, as boot's <c>t[is.finite(t)]</c>).</param>
/// <param name="Seed">The seed used (for the record, DESIGN principle 8).</param>
/// <param name="ConfidenceLevel">The confidence level.</param>
/// <param name="Values">The replicate values t*, in replicate order.</param>
/// <param name="Diagnostics">Caveats: failed replicates, extreme order statistics used as end points.</param>
public sealed record BootstrapResult(
    double Estimate,
    double Bias,
    double StandardError,
    double PercentileLower,
    double PercentileUpper,
    double BcaLower,
    double BcaUpper,
    double BiasCorrection,
    double Acceleration,
    int Replicates,
    int FailedReplicates,
    ulong Seed,
    double ConfidenceLevel,
    ImmutableArray<double> Values,
    ImmutableArray<Diagnostic> Diagnostics);
