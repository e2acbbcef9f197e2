namespace OutcomesLab.Survival;

/// <summary>Transformation on which pointwise confidence intervals of a survival curve are built (R <c>survfit(conf.type=)</c>).</summary>
public enum CiTransform
{
    /// <summary>R <c>conf.type="log"</c> (the default): Ŝ·exp(∓z·se), upper limit capped at 1; NA (null) where Ŝ = 0.</summary>
    Log,

    /// <summary>R <c>conf.type="log-log"</c>: exp(−exp(log(−log Ŝ) ∓ z·se/log Ŝ)); NA (null) where Ŝ is 0 or 1.</summary>
    LogLog,

    /// <summary>R <c>conf.type="plain"</c>: Ŝ ∓ z·se·Ŝ clipped to [0, 1]; NaN where Ŝ = 0.</summary>
    Plain,

    /// <summary>
    /// R <c>conf.type="logit"</c>: with se2 = z·se·(1 + Ŝ/(1−Ŝ)),
    /// limits 1 − 1/(1 + exp(log(Ŝ/(1−Ŝ)) ∓ se2)); NA (null) where Ŝ = 0, NaN where Ŝ = 1.
    /// </summary>
    Logit,

    /// <summary>
    /// R <c>conf.type="arcsin"</c>: with se2 = ½·z·se·sqrt(Ŝ/(1−Ŝ)),
    /// lower sin²(max(0, asin(√Ŝ) − se2)), upper sin²(min(π/2, asin(√Ŝ) + se2)); NA (null) where Ŝ = 0, NaN where Ŝ = 1.
    /// </summary>
    Arcsin,
}
