namespace OutcomesLab.EffectSizes;

/// <summary>How the confidence interval of a standardised mean difference is computed.</summary>
public enum SmdCiMethod
{
    /// <summary>
    /// Exact interval by inverting the noncentral t distribution (Steiger &amp; Fouladi 1997;
    /// Hedges &amp; Olkin 1985, ch. 5): the default of R's <c>effectsize</c>. The noncentrality is
    /// solved to 1e-14 (effectsize uses <c>optim</c>, accurate to about 1e-7).
    /// </summary>
    NoncentralT,

    /// <summary>
    /// Normal approximation d ± z·SE with SE² = (n₁+n₂)/(n₁n₂) + d²/(2(n₁+n₂)) for independent
    /// groups (Hedges &amp; Olkin 1985, eq. 5.14) and SE² = 1/n + d²/(2n) for d_z, scaled for
    /// d_av and d_rm (Borenstein et al. 2009, eq. 4.28).
    /// </summary>
    Normal,
}
