namespace OutcomesLab.Survival;

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

    /// <summary>
    /// Landmark times for <see cref="KaplanMeierCurve.Landmarks"/>; R <c>summary(fit, times = )</c> with
    /// <c>extend = FALSE</c>: in any order (reported sorted ascending, as R does), a repeated time gives
    /// a second row with the same estimate and 0 events and censorings in between, times after a
    /// curve's last time are left out. Empty by default.
    /// </summary>
    public IReadOnlyList<double> LandmarkTimes { get; init; } = [];

    /// <summary>
    /// Truncation time tau of the restricted mean survival time; R <c>summary(fit, rmean = tau)</c>.
    /// Null (the default) uses survRM2's default: the smallest, over curves, of each curve's largest
    /// observed time (event or censoring). A tau beyond a curve's last time extends its last value
    /// flat to tau, as R's <c>survfit</c> does (survRM2 instead stops with an error).
    /// </summary>
    public double? RmstTau { get; init; }

    /// <summary>
    /// With strata in the sample, fit one curve per group × stratum (true, the default: R's
    /// <c>survfit(Surv(t, s) ~ group + strata(z))</c>, curves labelled <c>"group, stratum"</c>); false
    /// fits one curve per group and leaves the strata to a stratified test (what the report's
    /// figure of a stratified log-rank comparison draws).
    /// </summary>
    public bool SplitByStrata { get; init; } = true;

    /// <summary>
    /// Variance of the curves and the cumulative hazard; R <c>robust</c>, default
    /// <see cref="KaplanMeierVariance.Auto"/> (R's default: robust with non-integer weights, Greenwood
    /// otherwise). The RMST standard error is R's <c>survmean</c> formula on the weighted counts
    /// whatever the variance, as in R.
    /// </summary>
    public KaplanMeierVariance Variance { get; init; } = KaplanMeierVariance.Auto;
}
