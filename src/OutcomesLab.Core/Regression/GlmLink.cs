namespace OutcomesLab.Regression;

/// <summary>The link function g(mu) = eta of a generalised linear model (R <c>make.link</c>).</summary>
public enum GlmLink
{
    /// <summary>g(mu) = mu.</summary>
    Identity,

    /// <summary>g(mu) = log(mu / (1 - mu)).</summary>
    Logit,

    /// <summary>g(mu) = Phi^-1(mu).</summary>
    Probit,

    /// <summary>g(mu) = log(-log(1 - mu)).</summary>
    Cloglog,

    /// <summary>g(mu) = log(mu).</summary>
    Log,

    /// <summary>g(mu) = 1 / mu.</summary>
    Inverse,

    /// <summary>g(mu) = sqrt(mu).</summary>
    Sqrt,
}
