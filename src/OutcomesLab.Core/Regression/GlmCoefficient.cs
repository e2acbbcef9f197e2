namespace OutcomesLab.Regression;

/// <summary>One row of the coefficient table (R <c>summary(glm)$coefficients</c> and <c>confint.default</c>).</summary>
/// <param name="Term">The column name (<c>(Intercept)</c>, a covariate, <c>col=level</c> or <c>A:B</c>).</param>
/// <param name="Estimate">The coefficient on the link scale.</param>
/// <param name="StdError">Its standard error, sqrt(dispersion x (X'WX)^-1).</param>
/// <param name="Statistic">Wald z (dispersion 1: binomial, Poisson) or t (Gaussian: estimated dispersion) = estimate / SE.</param>
/// <param name="P">Two-sided p from the normal, or from Student's t on the residual df when the dispersion is estimated.</param>
/// <param name="Lower">Lower Wald limit, estimate - z SE (R <c>confint.default</c>; normal quantile for every family).</param>
/// <param name="Upper">Upper Wald limit.</param>
/// <param name="IsAliased">True when the column is a linear combination of earlier columns: R gives it NA; every number here is NaN.</param>
public sealed record GlmCoefficient(string Term, double Estimate, double StdError, double Statistic, double P, double Lower, double Upper, bool IsAliased = false);
