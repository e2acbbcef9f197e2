using System.Collections.Immutable;

namespace OutcomesLab.EffectSizes;

/// <summary>Per-study effect sizes and sampling variances, as metafor's <c>escalc</c> output (<c>yi</c>, <c>vi</c>).</summary>
/// <param name="Measure">The measure: log OR, log RR, RD, or Hedges' g for SMD.</param>
/// <param name="Yi">Effect sizes (log scale for ratios); NaN where undefined (metafor's NA).</param>
/// <param name="Vi">Sampling variances; NaN where undefined.</param>
/// <param name="Method">Formula and correction in words.</param>
public sealed record EscalcResult(EffectMeasure Measure, ImmutableArray<double> Yi, ImmutableArray<double> Vi, string Method);
