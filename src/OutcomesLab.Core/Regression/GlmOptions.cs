namespace OutcomesLab.Regression;

/// <summary>Settings of a generalised linear model fit (R <c>glm(family = family(link), offset, weights, control)</c>).</summary>
public sealed record GlmOptions
{
    /// <summary>The error distribution.</summary>
    public GlmFamily Family { get; init; } = GlmFamily.Gaussian;

    /// <summary>The link; null for the family's canonical link (identity, logit, log).</summary>
    public GlmLink? Link { get; init; }

    /// <summary>Prior weights (R <c>weights</c>; for a binomial proportion, the number of trials), or null for 1.</summary>
    public IReadOnlyList<double>? Weights { get; init; }

    /// <summary>An offset added to the linear predictor (R <c>offset</c>, e.g. log person-time), or null.</summary>
    public IReadOnlyList<double>? Offset { get; init; }

    /// <summary>
    /// Cluster of each row for cluster-robust standard errors (R <c>sandwich::vcovCL(fit, cluster)</c>: for a glm its
    /// default is type "HC0" with the cluster adjustment G/(G - 1)), or null for model-based SEs.
    /// </summary>
    public IReadOnlyList<string>? Cluster { get; init; }

    /// <summary>Also multiply the cluster-robust covariance by (n - 1)/(n - k) (R <c>vcovCL(type = "HC1")</c>, the default for <c>lm</c> and Stata's).</summary>
    public bool ClusterHc1 { get; init; }

    /// <summary>Include an intercept (R's default).</summary>
    public bool Intercept { get; init; } = true;

    /// <summary>Convergence tolerance on the relative deviance change (R <c>glm.control(epsilon = 1e-8)</c>).</summary>
    public double Epsilon { get; init; } = 1e-8;

    /// <summary>Maximum IRLS iterations (R <c>glm.control(maxit = 25)</c>).</summary>
    public int MaxIterations { get; init; } = 25;

    /// <summary>Confidence level of the Wald intervals (R <c>confint.default</c>).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}
