namespace OutcomesLab.EffectSizes;

/// <summary>Options of the 2×2 effect sizes.</summary>
public sealed record TwoByTwoOptions
{
    /// <summary>The defaults: 95%, metafor's 1/2-if-any-zero correction, Newcombe interval for RD.</summary>
    public static TwoByTwoOptions Default { get; } = new();

    /// <summary>Confidence level in (0, 1).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>When to add <see cref="CorrectionAmount"/> to all cells for OR, RR and the Wald RD (metafor <c>to</c>; default <c>"only0"</c>).</summary>
    public ContinuityCorrection ContinuityCorrection { get; init; } = ContinuityCorrection.IfAnyZero;

    /// <summary>The amount added (metafor <c>add</c>, default 1/2).</summary>
    public double CorrectionAmount { get; init; } = 0.5;

    /// <summary>Interval for the risk difference (and hence for the NNT).</summary>
    public RiskDifferenceCiMethod RiskDifferenceCi { get; init; } = RiskDifferenceCiMethod.NewcombeWilson;

    /// <summary>
    /// True (default) when the event is desirable (e.g. responder, retained), so a positive risk
    /// difference is a benefit and 1/RD is an NNT for benefit; false when the event is harmful
    /// (e.g. relapse, death), so a negative RD is a benefit. Only the NNT labels depend on it.
    /// </summary>
    public bool EventIsBeneficial { get; init; } = true;
}
