namespace OutcomesLab.Survival.Cox;

/// <summary>Residual types of <see cref="CoxPredictions.Residuals"/> (R <c>residuals.coxph(type = ...)</c>).</summary>
public enum CoxResidualType
{
    /// <summary>Martingale residuals: status - expected events (R <c>"martingale"</c>, the default).</summary>
    Martingale,

    /// <summary>Deviance residuals: sign(m) sqrt(-2 (m + status log(status - m))) (R <c>"deviance"</c>).</summary>
    Deviance,

    /// <summary>Score (efficient score / Cox–Snell) residuals, one column per coefficient (R <c>"score"</c>, unweighted).</summary>
    Score,

    /// <summary>Schoenfeld residuals, one row per event in (stratum, time) order (R <c>"schoenfeld"</c>).</summary>
    Schoenfeld,

    /// <summary>Scaled Schoenfeld residuals: Schoenfeld x V x events + beta (R <c>"scaledsch"</c>).</summary>
    ScaledSchoenfeld,

    /// <summary>Approximate change in beta when the row is left out: score x V x weight (R <c>"dfbeta"</c>, weighted by default).</summary>
    Dfbeta,

    /// <summary>Dfbeta scaled by the model-based SE of each coefficient: dfbeta / sqrt(diag(V)) (R <c>"dfbetas"</c>, weighted by default;
    /// V is <c>naive.var</c> for robust fits, as R). NaN for an aliased coefficient (R: NaN, 0 x Inf).</summary>
    Dfbetas,
}
