namespace OutcomesLab.EffectSizes;

/// <summary>When a continuity correction is added to the cells of a 2×2 table before computing Wald-type effect sizes.</summary>
public enum ContinuityCorrection
{
    /// <summary>Never (metafor <c>to = "none"</c>); a zero cell gives an infinite log ratio, reported as NaN (metafor's NA).</summary>
    None,

    /// <summary>Add the amount to all four cells when any cell is 0 (metafor <c>to = "only0"</c>, its default, with <c>add = 1/2</c>).</summary>
    IfAnyZero,

    /// <summary>Always add the amount to all four cells (metafor <c>to = "all"</c>).</summary>
    Always,
}
