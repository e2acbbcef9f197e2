namespace OutcomesLab.Regression;

/// <summary>The error distribution of a generalised linear model (R <c>family</c>).</summary>
public enum GlmFamily
{
    /// <summary>Normal errors (R <c>gaussian()</c>); dispersion estimated from the Pearson residuals.</summary>
    Gaussian,

    /// <summary>Binary or binomial-proportion outcomes (R <c>binomial()</c>); dispersion 1.</summary>
    Binomial,

    /// <summary>Counts (R <c>poisson()</c>); dispersion 1.</summary>
    Poisson,

    /// <summary>Overdispersed counts (MASS <c>glm.nb</c>): variance mu + mu^2 / theta, theta estimated by maximum likelihood; dispersion 1.</summary>
    NegativeBinomial,
}
