namespace OutcomesLab.Survival;

/// <summary>
/// Variance of the Kaplan–Meier curve and the Nelson–Aalen cumulative hazard (R
/// <c>survfit(..., robust = )</c>, survival 3.5-3).
/// </summary>
public enum KaplanMeierVariance
{
    /// <summary>
    /// R's default (<c>robust</c> missing): <see cref="Robust"/> when any case weight is non-integer,
    /// otherwise <see cref="Greenwood"/>; for (start, stop] data as well (one cluster per row), as
    /// survival 3.5-3's <c>survfitKM</c> does.
    /// </summary>
    Auto,

    /// <summary>
    /// Model-based variance on the (weighted) counts: Greenwood Σ d/(n(n − d)) for log S and Σ d/n²
    /// for the cumulative hazard (R <c>robust = FALSE</c>).
    /// </summary>
    Greenwood,

    /// <summary>
    /// Infinitesimal-jackknife (robust) variance with every row its own cluster: Σᵢ (wᵢ ∂S/∂wᵢ)²
    /// and Σᵢ (wᵢ ∂Λ/∂wᵢ)² (R <c>robust = TRUE</c>; Therneau, survival vignette "Survival curves").
    /// </summary>
    Robust,
}
