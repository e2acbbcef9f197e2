namespace OutcomesLab.Survival;

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
