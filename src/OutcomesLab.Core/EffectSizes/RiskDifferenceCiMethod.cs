namespace OutcomesLab.EffectSizes;

/// <summary>Confidence interval method for the risk difference.</summary>
public enum RiskDifferenceCiMethod
{
    /// <summary>
    /// Newcombe's hybrid score interval from two Wilson intervals, method 10 of Newcombe (1998),
    /// without continuity correction; well-behaved with zero cells and small samples. The default.
    /// </summary>
    NewcombeWilson,

    /// <summary>Wald interval RD ± z·sqrt(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂), as metafor's <c>escalc("RD")</c> (with its continuity correction).</summary>
    Wald,
}
