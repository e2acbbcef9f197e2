using System.Collections.Immutable;

namespace OutcomesLab.Regression;

/// <summary>A fitted generalised linear model (R <c>glm</c> and <c>summary.glm</c>).</summary>
public sealed record GlmResult
{
    /// <summary>The family.</summary>
    public required GlmFamily Family { get; init; }

    /// <summary>The link used.</summary>
    public required GlmLink Link { get; init; }

    /// <summary>The coefficients in design order, intercept first.</summary>
    public required ImmutableArray<GlmCoefficient> Coefficients { get; init; }

    /// <summary>Residual deviance (R <c>deviance</c>).</summary>
    public required double Deviance { get; init; }

    /// <summary>Null deviance (R <c>null.deviance</c>): of the intercept-only model, with the offset when there is one.</summary>
    public required double NullDeviance { get; init; }

    /// <summary>Residual degrees of freedom: observations with positive weight minus the rank.</summary>
    public required int DfResidual { get; init; }

    /// <summary>Null degrees of freedom: observations with positive weight minus the intercept.</summary>
    public required int DfNull { get; init; }

    /// <summary>Akaike's information criterion (R <c>AIC</c>): family AIC + 2 x rank.</summary>
    public required double Aic { get; init; }

    /// <summary>The dispersion: 1 for binomial and Poisson, the Pearson estimate for Gaussian (R <c>summary(fit)$dispersion</c>).</summary>
    public required double Dispersion { get; init; }

    /// <summary>The rank of the design (estimated coefficients).</summary>
    public required int Rank { get; init; }

    /// <summary>Fisher scoring iterations (R <c>iter</c>).</summary>
    public required int Iterations { get; init; }

    /// <summary>Whether the deviance converged within the iteration limit (R <c>converged</c>).</summary>
    public required bool Converged { get; init; }

    /// <summary>Fitted means mu (R <c>fitted.values</c>).</summary>
    public required ImmutableArray<double> Fitted { get; init; }

    /// <summary>The covariance of the estimates the tests use (R <c>vcov</c>, or <c>vcovCL</c> with clusters), row-major over <see cref="Coefficients"/> (NaN rows and columns for aliased ones).</summary>
    public required ImmutableArray<double> Covariance { get; init; }

    /// <summary>The negative binomial shape theta (variance mu + mu^2/theta), ML estimate as MASS <c>theta.ml</c>; null for other families.</summary>
    public double? Theta { get; init; }

    /// <summary>The standard error of theta, 1/sqrt(observed information) (MASS <c>SE.theta</c>); null for other families.</summary>
    public double? ThetaStdError { get; init; }

    /// <summary>Number of clusters of the robust SEs, or null for model-based SEs.</summary>
    public int? ClusterCount { get; init; }

    /// <summary>Warnings R would give: no convergence, fitted probabilities numerically 0 or 1 (separation), fitted rates numerically 0, aliased columns.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Number of observations used (positive prior weight).</summary>
    public required int N { get; init; }
}
