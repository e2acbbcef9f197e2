namespace OutcomesLab.EffectSizes;

/// <summary>The effect-size measure a <see cref="EffectSizeResult"/> reports.</summary>
public enum EffectMeasure
{
    /// <summary>Raw difference in means, treatment − control.</summary>
    MeanDifference,

    /// <summary>Cohen's d with the pooled SD (R <c>effectsize::cohens_d(pooled_sd = TRUE)</c>; Cohen 1988).</summary>
    CohensD,

    /// <summary>Hedges' g: d × exact J (R <c>effectsize::hedges_g</c>; Hedges &amp; Olkin 1985).</summary>
    HedgesG,

    /// <summary>Glass's Δ: difference over the control SD (R <c>effectsize::glass_delta</c>; Glass 1976).</summary>
    GlassDelta,

    /// <summary>Unpooled (Welch) d: difference over sqrt((s₁² + s₂²)/2) (R <c>cohens_d(pooled_sd = FALSE)</c>).</summary>
    CohensDUnpooled,

    /// <summary>Paired d_z = mean(x − y)/sd(x − y) (R <c>cohens_d(paired = TRUE)</c>; Lakens 2013, eq. 6).</summary>
    PairedDz,

    /// <summary>Paired Hedges' g = d_z × J(n − 1) (R <c>hedges_g(paired = TRUE)</c>).</summary>
    PairedHedgesG,

    /// <summary>Paired d_av = mean(x − y)/((s_x + s_y)/2) (Cumming 2012; Lakens 2013, eq. 10).</summary>
    PairedDav,

    /// <summary>Paired d_rm = d_z·sqrt(2(1 − r)) (Lakens 2013, eq. 9; Morris &amp; DeShon 2002).</summary>
    PairedDrm,

    /// <summary>Rank-biserial correlation (Glass 1965; Kerby 2014; R <c>effectsize::rank_biserial</c>).</summary>
    RankBiserial,

    /// <summary>Cliff's δ = mean sign(xᵢ − yⱼ) (Cliff 1993; equal to the rank-biserial correlation).</summary>
    CliffsDelta,

    /// <summary>Matched-pairs rank-biserial correlation (Kerby 2014; R <c>rank_biserial(paired = TRUE)</c>).</summary>
    PairedRankBiserial,

    /// <summary>Odds ratio ad/(bc).</summary>
    OddsRatio,

    /// <summary>Risk ratio p₁/p₂.</summary>
    RiskRatio,

    /// <summary>Risk difference p₁ − p₂.</summary>
    RiskDifference,

    /// <summary>Number needed to treat, 1/RD (Laupacis et al. 1988; Altman 1998).</summary>
    NumberNeededToTreat,

    /// <summary>Hazard ratio, treatment over control.</summary>
    HazardRatio,

    /// <summary>Difference in restricted mean survival time, treatment − control.</summary>
    RmstDifference,
}
