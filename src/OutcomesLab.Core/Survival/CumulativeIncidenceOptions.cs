using System.Globalization;

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

/// <summary>
/// The transformation on which the pointwise confidence interval of a probability p with standard
/// error se (probability scale) is symmetric. The formulas are those of R survival's
/// <c>survfit_confint(logse = FALSE)</c>, which multi-state <c>survfit()</c> uses for <c>pstate</c>.
/// </summary>
public enum CifConfidenceTransform
{
    /// <summary>R <c>conf.type = "log"</c> (survfit's default): exp(log p ∓ z·se/p); the upper limit is capped at 1; NA (null) where p = 0.</summary>
    Log = 0,

    /// <summary>
    /// R <c>conf.type = "log-log"</c>: exp(−exp(log(−log p) ∓ z·se/(p·log p))); NA where p is 0 or 1.
    /// For an increasing CIF this is the interval p^exp(±z·se/(p·log p)) that is commonly recommended
    /// for cmprsk estimates (cmprsk itself prints no interval).
    /// </summary>
    LogLog = 1,

    /// <summary>R <c>conf.type = "plain"</c>: p ∓ z·se, clipped to [0, 1].</summary>
    Plain = 2,
}

/// <summary>
/// Options of <see cref="CumulativeIncidence.Fit(SurvivalSample, CumulativeIncidenceOptions?)"/>. Every
/// default reproduces R: cmprsk <c>cuminc(..., rho = 0)</c> for the estimate, variance and Gray's test,
/// and survival's <c>conf.type = "log"</c>, <c>conf.int = 0.95</c> for the interval.
/// </summary>
/// <param name="VarianceMethod">The variance behind <see cref="CumulativeIncidencePoint.StdErr"/> and the interval; default <see cref="CifVarianceMethod.Delta"/> (cmprsk).</param>
/// <param name="ConfidenceTransform">The interval's transformation; default <see cref="CifConfidenceTransform.Log"/> (survfit <c>conf.type = "log"</c>).</param>
/// <param name="ConfidenceLevel">Two-sided coverage of the pointwise interval, in (0, 1); default 0.95 (R <c>conf.int</c>).</param>
/// <param name="GrayRho">The power ρ of Gray's weight function (1 − F(t−))^ρ; default 0 (cmprsk <c>rho = 0</c>).</param>
/// <param name="GrayTest">Whether to run Gray's test for every cause when the sample has two or more groups (cuminc always does).</param>
public sealed record CumulativeIncidenceOptions(
    CifVarianceMethod VarianceMethod = CifVarianceMethod.Delta,
    CifConfidenceTransform ConfidenceTransform = CifConfidenceTransform.Log,
    double ConfidenceLevel = 0.95,
    double GrayRho = 0,
    bool GrayTest = true)
{
    /// <summary>The R defaults.</summary>
    public static CumulativeIncidenceOptions Default { get; } = new();

    internal void Validate()
    {
        if (!(ConfidenceLevel > 0 && ConfidenceLevel < 1))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"ConfidenceLevel is {ConfidenceLevel.ToString("R", CultureInfo.InvariantCulture)}: expected a coverage strictly between 0 and 1, e.g. 0.95."),
                "options");
        }

        if (!double.IsFinite(GrayRho))
        {
            throw new ArgumentException("GrayRho must be a finite number (cmprsk's rho; 0 is the default).", "options");
        }

        if (!Enum.IsDefined(VarianceMethod) || !Enum.IsDefined(ConfidenceTransform))
        {
            throw new ArgumentException("VarianceMethod or ConfidenceTransform is not a defined enum value.", "options");
        }
    }
}
