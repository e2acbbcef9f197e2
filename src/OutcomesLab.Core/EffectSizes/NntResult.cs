namespace OutcomesLab.EffectSizes;

/// <summary>
/// Number needed to treat, 1/RD, with Altman's (1998) confidence interval obtained by inverting the
/// limits of the risk-difference interval. When that interval contains 0 the NNT interval passes
/// through infinity and is reported in two parts: from NNT(harm) = <see cref="HarmLimit"/> through ∞
/// to NNT(benefit) = <see cref="BenefitLimit"/> (Altman 1998, BMJ 317:1309).
/// </summary>
/// <param name="Estimate">1/RD with R's sign (negative when RD &lt; 0); ±∞ when RD = 0.</param>
/// <param name="IsBenefit">True when the point estimate favours treatment (RD &gt; 0 for a beneficial event, RD &lt; 0 for a harmful one): an NNTB, otherwise an NNTH.</param>
/// <param name="Lower">Lower limit on the signed 1/RD scale; when <see cref="CrossesInfinity"/>, the negative part's bound 1/RD_lower.</param>
/// <param name="Upper">Upper limit on the signed 1/RD scale; when <see cref="CrossesInfinity"/>, the positive part's bound 1/RD_upper.</param>
/// <param name="CrossesInfinity">True when the RD interval contains 0, so the NNT interval is (−∞, Lower] ∪ [Upper, ∞).</param>
/// <param name="BenefitLimit">The NNTB end of the interval as a positive number (the smallest NNTB compatible with the data), or NaN when the interval holds no benefit.</param>
/// <param name="HarmLimit">The NNTH end as a positive number, or NaN when the interval holds no harm.</param>
/// <param name="ConfidenceLevel">The confidence level.</param>
/// <param name="RiskDifference">The risk difference the NNT inverts.</param>
/// <param name="Description">Human-readable statement, e.g. "NNTB 5.1 (95% CI: NNTH 20.4 to ∞ to NNTB 2.9)".</param>
public sealed record NntResult(
    double Estimate,
    bool IsBenefit,
    double Lower,
    double Upper,
    bool CrossesInfinity,
    double BenefitLimit,
    double HarmLimit,
    double ConfidenceLevel,
    EffectSizeResult RiskDifference,
    string Description);
