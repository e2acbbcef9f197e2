using System.Collections.Immutable;

namespace OutcomesLab.EffectSizes;

/// <summary>
/// A fitted intercept-only meta-analysis, as metafor's <c>rma.uni</c> with <c>predict()</c>. Estimates are on the
/// analysis scale (e.g. log RR); back-transform with <see cref="Math.Exp"/> for ratio measures.
/// </summary>
/// <param name="Method">The model.</param>
/// <param name="Test">The test.</param>
/// <param name="K">Number of studies.</param>
/// <param name="Estimate">Pooled estimate μ̂ = Σwᵢyᵢ/Σwᵢ, wᵢ = 1/(vᵢ + τ̂²).</param>
/// <param name="StandardError">SE of μ̂ (Knapp–Hartung-scaled under that test).</param>
/// <param name="Statistic">z (or t) = μ̂/SE.</param>
/// <param name="DegreesOfFreedom">k − 1 under Knapp–Hartung, NaN for z.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="PredictionLower">Lower prediction limit μ̂ − crit·sqrt(τ̂² + SE²) (NaN for the fixed-effect model, metafor's NA).</param>
/// <param name="PredictionUpper">Upper prediction limit.</param>
/// <param name="Tau2">Between-study variance τ̂² (0 for FE).</param>
/// <param name="Tau2StandardError">SE of τ̂² (NaN for FE).</param>
/// <param name="I2">I² in %: FE from Q, 100(Q − df)/Q; RE 100τ̂²/(τ̂² + ṽ) with the typical within-study variance ṽ (Higgins &amp; Thompson 2002).</param>
/// <param name="H2">H²: FE Q/df; RE (τ̂² + ṽ)/ṽ.</param>
/// <param name="Q">Cochran's Q with fixed-effect weights.</param>
/// <param name="QDegreesOfFreedom">k − 1.</param>
/// <param name="QPValue">Upper tail of χ²(k − 1) at Q.</param>
/// <param name="WeightsPercent">Study weights in % (metafor <c>weights()</c>).</param>
/// <param name="Iterations">Fisher-scoring iterations (REML), else 0.</param>
/// <param name="Converged">False when REML hit the iteration limit.</param>
/// <param name="ConfidenceLevel">The confidence level.</param>
/// <param name="Diagnostics">Caveats (non-convergence, τ² truncated at 0, few studies).</param>
public sealed record MetaAnalysisResult(
    MetaAnalysisMethod Method,
    MetaAnalysisTest Test,
    int K,
    double Estimate,
    double StandardError,
    double Statistic,
    double DegreesOfFreedom,
    double PValue,
    double Lower,
    double Upper,
    double PredictionLower,
    double PredictionUpper,
    double Tau2,
    double Tau2StandardError,
    double I2,
    double H2,
    double Q,
    int QDegreesOfFreedom,
    double QPValue,
    ImmutableArray<double> WeightsPercent,
    int Iterations,
    bool Converged,
    double ConfidenceLevel,
    ImmutableArray<Diagnostic> Diagnostics);
