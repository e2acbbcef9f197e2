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

/// <summary>Options of <see cref="KaplanMeier.Fit"/>. Every default is R's.</summary>
public sealed record KaplanMeierOptions
{
    /// <summary>The options with every default (R's <c>survfit</c> defaults).</summary>
    public static KaplanMeierOptions Default { get; } = new();

    /// <summary>CI transformation; R <c>conf.type</c>, default <see cref="CiTransform.Log"/> (<c>"log"</c>).</summary>
    public CiTransform CiTransform { get; init; } = CiTransform.Log;

    /// <summary>Confidence level of every interval; R <c>conf.int = 0.95</c>.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Probabilities whose survival quantiles are reported; R <c>quantile(fit, probs = c(.25, .5, .75))</c>.</summary>
    public IReadOnlyList<double> QuantileProbabilities { get; init; } = [0.25, 0.5, 0.75];

    /// <summary>Landmark times for <see cref="KaplanMeierCurve.Landmarks"/>; R <c>summary(fit, times = )</c> with <c>extend = FALSE</c>. Empty by default.</summary>
    public IReadOnlyList<double> LandmarkTimes { get; init; } = [];

    /// <summary>
    /// Truncation time tau of the restricted mean survival time; R <c>summary(fit, rmean = tau)</c>.
    /// Null (the default) uses survRM2's default: the smallest, over curves, of each curve's largest
    /// observed time (event or censoring). A tau beyond a curve's last time extends its last value
    /// flat to tau, as R's <c>survfit</c> does (survRM2 instead stops with an error).
    /// </summary>
    public double? RmstTau { get; init; }
}
