namespace OutcomesLab.Regression;

/// <summary>One row of the coefficient table (R <c>summary(glm)$coefficients</c> and <c>confint.default</c>).</summary>
/// <param name="Term">The column name (<c>(Intercept)</c>, a covariate, <c>col=level</c> or <c>A:B</c>).</param>
/// <param name="Estimate">The coefficient on the link scale.</param>
/// <param name="StdError">The standard error the tests and intervals use: the cluster-robust SE when the fit has clusters, else the model-based SE.</param>
/// <param name="Statistic">Wald z = estimate / SE, or t for Gaussian model-based SEs (estimated dispersion).</param>
/// <param name="P">Two-sided p from the normal, or from Student's t on the residual df for Gaussian model-based SEs (with clusters: the normal, as lmtest::coeftest for a glm).</param>
/// <param name="Lower">Lower Wald limit, estimate - z SE (R <c>confint.default</c>; normal quantile for every family).</param>
/// <param name="Upper">Upper Wald limit.</param>
/// <param name="IsAliased">True when the column is a linear combination of earlier columns: R gives it NA; every number here is NaN.</param>
public sealed record GlmCoefficient(string Term, double Estimate, double StdError, double Statistic, double P, double Lower, double Upper, bool IsAliased = false)
{
    /// <summary>The model-based SE, sqrt(dispersion x (X'WX)^-1) (R <c>summary.glm</c>); equal to <see cref="StdError"/> without clusters.</summary>
    public double ModelStdError { get; init; } = StdError;
}
