namespace OutcomesLab.Survival.Cox;

/// <summary>Options of <see cref="CoxRegression.Fit"/>. Every default is R survival's <c>coxph</c> / <c>coxph.control</c> default.</summary>
/// <param name="Ties">Tie handling; R <c>ties</c>, default <see cref="TieMethod.Efron"/>.</param>
/// <param name="MaxIterations">Maximum Newton–Raphson iterations; R <c>iter.max = 20</c>.</param>
/// <param name="Epsilon">Convergence when |1 - loglik_old / loglik_new| &lt;= Epsilon; R <c>eps = 1e-9</c>.</param>
/// <param name="ConfidenceLevel">Level of the hazard-ratio intervals; R <c>conf.int = 0.95</c>.</param>
/// <param name="Cluster">Cluster label per row (R <c>cluster()</c>); when given the grouped sandwich variance is used (R <c>robust = TRUE</c>).</param>
/// <param name="Robust">Sandwich (infinitesimal-jackknife) variance, R <c>robust</c>. Null is R's default: robust when
/// <paramref name="Cluster"/> is given, when any case weight is non-integer, or when <paramref name="Id"/> is given and some
/// id has more than one event. The grouping is <paramref name="Cluster"/>, else <paramref name="Id"/>, else one group per row
/// (R requires <c>cluster</c> or <c>id</c> for an explicit <c>robust = TRUE</c> on (start, stop] data, and so do we).
/// False with a <paramref name="Cluster"/> ignores it for the variance with a diagnostic, as R does with a warning; the
/// concordance SE is still grouped by the cluster, as R's <c>coxph</c> passes its cluster to <c>concordancefit</c> either way.</param>
/// <param name="Id">Subject identifier per row (R <c>id =</c>): the rows of one subject in (start, stop] data. Used as the
/// sandwich grouping when robust and no <paramref name="Cluster"/> is given (R <c>coxph(..., id = id)</c>). Reference:
/// Therneau &amp; Grambsch (2000), section 7.2; survival vignette "The survival package", section on robust variance.</param>
/// <param name="CholeskyTolerance">Pivot tolerance of the Cholesky decomposition; R <c>toler.chol = .Machine$double.eps^0.75</c>.</param>
/// <param name="InfiniteTolerance">Relative tolerance of the infinite-coefficient check; R <c>toler.inf = sqrt(eps)</c>.</param>
public sealed record CoxOptions(
    TieMethod Ties = TieMethod.Efron,
    int MaxIterations = 20,
    double Epsilon = 1e-9,
    double ConfidenceLevel = 0.95,
    IReadOnlyList<string>? Cluster = null,
    bool? Robust = null,
    double CholeskyTolerance = 1.8189894035458565e-12,
    double InfiniteTolerance = 3.1622776601683795e-05,
    IReadOnlyList<string>? Id = null)
{
    /// <summary>The defaults (R's).</summary>
    public static CoxOptions Default { get; } = new();
}
