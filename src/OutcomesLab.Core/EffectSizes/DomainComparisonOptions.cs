using OutcomesLab.Inference;

namespace OutcomesLab.EffectSizes;

/// <summary>Options of <see cref="DomainComparison.Compare"/>.</summary>
public sealed record DomainComparisonOptions
{
    /// <summary>The defaults: 95%, Holm adjustment, noncentral-t intervals for g.</summary>
    public static DomainComparisonOptions Default { get; } = new();

    /// <summary>Confidence level.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Adjustment of the p-values across outcomes (default Holm, R's <c>p.adjust</c> default).</summary>
    public PAdjustMethod Adjustment { get; init; } = PAdjustMethod.Holm;

    /// <summary>Interval method for Hedges' g of continuous outcomes.</summary>
    public SmdCiMethod SmdCiMethod { get; init; } = SmdCiMethod.NoncentralT;

    /// <summary>Continuity correction for OR and RR of binary outcomes.</summary>
    public ContinuityCorrection ContinuityCorrection { get; init; } = ContinuityCorrection.IfAnyZero;
}
