namespace OutcomesLab.Survival;

/// <summary>
/// Which variance of the cumulative incidence function (CIF) feeds
/// <see cref="CumulativeIncidencePoint.StdErr"/> and the confidence limits. Both variances are always
/// reported in every row (<see cref="CumulativeIncidencePoint.DeltaVariance"/> and
/// <see cref="CumulativeIncidencePoint.JackknifeStdErr"/>); this option only picks the one used for the
/// interval.
/// </summary>
public enum CifVarianceMethod
{
    /// <summary>
    /// The delta-method variance of cmprsk's <c>cuminc()</c> (Fortran routine <c>cinc</c> in
    /// <c>cincsub.f</c>), including its tie correction 1 − (d − 1)/(n − 1). cmprsk updates it only at
    /// event times of the cause; between them the last value is carried forward, as
    /// <c>cmprsk::timepoints()</c> does. This is the default, because <c>cuminc</c> is the R function
    /// the competing-risks literature reports.
    /// </summary>
    Delta = 0,

    /// <summary>
    /// The infinitesimal-jackknife standard error of R survival's multi-state <c>survfit()</c>
    /// (<c>survfit(Surv(time, factor(status)) ~ group)</c>, <c>fit$std.err</c> with <c>logse = FALSE</c>),
    /// on the probability scale.
    /// </summary>
    InfinitesimalJackknife = 1,
}
