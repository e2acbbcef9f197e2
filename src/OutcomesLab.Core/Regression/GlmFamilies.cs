using MathNet.Numerics;

namespace OutcomesLab.Regression;

/// <summary>
/// Variance functions, deviance residuals, starting values, validity checks and AIC of the families as
/// R's <c>gaussian()</c>, <c>binomial()</c> and <c>poisson()</c> define them (R stats, family.R).
/// </summary>
internal static class GlmFamilies
{
    public static GlmLink CanonicalLink(GlmFamily family) => family switch
    {
        GlmFamily.Gaussian => GlmLink.Identity,
        GlmFamily.Binomial => GlmLink.Logit,
        _ => GlmLink.Log,
    };

    /// <summary>The links R allows for the family.</summary>
    public static GlmLink[] Links(GlmFamily family) => family switch
    {
        GlmFamily.Gaussian => [GlmLink.Identity, GlmLink.Log, GlmLink.Inverse],
        GlmFamily.Binomial => [GlmLink.Logit, GlmLink.Probit, GlmLink.Cloglog, GlmLink.Log],
        _ => [GlmLink.Log, GlmLink.Identity, GlmLink.Sqrt],
    };

    /// <summary>The name as R prints it (<c>family$family</c>; MASS prints the theta too).</summary>
    public static string Name(GlmFamily family) => family switch
    {
        GlmFamily.Gaussian => "gaussian",
        GlmFamily.Binomial => "binomial",
        GlmFamily.Poisson => "poisson",
        _ => "negative binomial",
    };

    public static double Variance(GlmFamily family, double mu, double theta) => family switch
    {
        GlmFamily.Gaussian => 1,
        GlmFamily.Binomial => mu * (1 - mu),
        GlmFamily.Poisson => mu,
        _ => mu + (mu * mu / theta),
    };

    public static bool ValidMu(GlmFamily family, double mu) => family switch
    {
        GlmFamily.Binomial => double.IsFinite(mu) && mu > 0 && mu < 1,
        GlmFamily.Poisson or GlmFamily.NegativeBinomial => double.IsFinite(mu) && mu > 0,
        _ => true,
    };

    /// <summary>R's <c>mustart</c> of the family's <c>initialize</c>.</summary>
    public static double Start(GlmFamily family, double y, double weight) => family switch
    {
        GlmFamily.Binomial => ((weight * y) + 0.5) / (weight + 1),
        GlmFamily.Poisson => y + 0.1,
        GlmFamily.NegativeBinomial => y + (y == 0 ? 1.0 / 6 : 0),
        _ => y,
    };

    /// <summary>One observation's deviance contribution (R <c>dev.resids</c>).</summary>
    public static double DevianceResidual(GlmFamily family, double y, double mu, double weight, double theta)
    {
        switch (family)
        {
            case GlmFamily.NegativeBinomial:
                return 2 * weight * ((y * Math.Log(Math.Max(1, y) / mu)) - ((y + theta) * Math.Log((y + theta) / (mu + theta))));
            case GlmFamily.Gaussian:
                return weight * (y - mu) * (y - mu);
            case GlmFamily.Binomial:
                return 2 * weight * (YLogY(y, mu) + YLogY(1 - y, 1 - mu));
            default:
                var r = mu * weight;
                return y > 0 ? 2 * weight * ((y * Math.Log(y / mu)) - (y - mu)) : 2 * r;
        }
    }

    /// <summary>The family's AIC without the 2 x rank term (R <c>family$aic</c>).</summary>
    public static double Aic(GlmFamily family, ReadOnlySpan<double> y, ReadOnlySpan<double> mu, ReadOnlySpan<double> weights, double deviance)
    {
        var sum = 0.0;
        switch (family)
        {
            case GlmFamily.Gaussian:
                var nobs = y.Length;
                var logWeights = 0.0;
                for (var i = 0; i < nobs; i++)
                {
                    logWeights += Math.Log(weights[i]);
                }

                return (nobs * (Math.Log(2 * Math.PI * deviance / nobs) + 1)) + 2 - logWeights;
            case GlmFamily.Binomial:
                for (var i = 0; i < y.Length; i++)
                {
                    // m = the prior weight (trials) for a 0/1 or proportion response; R rounds m * y and m.
                    var m = weights[i];
                    if (m > 0)
                    {
                        sum += LogDbinom(Math.Round(m * y[i]), Math.Round(m), mu[i]);
                    }
                }

                return -2 * sum;
            default:
                for (var i = 0; i < y.Length; i++)
                {
                    sum += LogDpois(y[i], mu[i]) * weights[i];
                }

                return -2 * sum;
        }
    }

    private static double YLogY(double y, double mu) => y > 0 ? y * Math.Log(y / mu) : 0;

    private static double LogDbinom(double x, double n, double p) =>
        SpecialFunctions.BinomialLn((int)n, (int)x) + (x > 0 ? x * Math.Log(p) : 0) + (n - x > 0 ? (n - x) * Math.Log(1 - p) : 0);

    private static double LogDpois(double x, double lambda) =>
        x == 0 ? -lambda : (x * Math.Log(lambda)) - lambda - SpecialFunctions.GammaLn(x + 1);
}
