using MathNet.Numerics;

namespace OutcomesLab.Regression;

/// <summary>Negative binomial regression as MASS <c>glm.nb</c> (Venables and Ripley, Modern Applied Statistics with S, 4th ed. 2002, sec. 7.4).</summary>
public static partial class GeneralizedLinearModel
{
    /// <summary>
    /// MASS glm.nb's alternation: a Poisson fit, theta by <c>theta.ml</c> on its fitted means, then
    /// IRLS at fixed theta (started at the previous linear predictor) and theta.ml on the previous
    /// means, until |L0 - L| / d1 + |theta change| / d2 &lt;= epsilon with d1 = sqrt(2 max(1, df.residual))
    /// (d2 = 1). As in MASS, the returned fit (deviance, SEs) used the last-but-one theta and the
    /// reported theta, its SE and the log-likelihood are the last.
    /// </summary>
    private static (IrlsFit Fit, double Theta, double ThetaSe, double TwoLogLik) FitNegativeBinomial(double[] x, int n, int p, double[] y, double[] weights, double[] offset, GlmLink link, GlmOptions options)
    {
        var fit = Irls(x, n, p, y, weights, offset, GlmFamily.Poisson, link, double.NaN, options, null, null);
        var mu = fit.Mu;
        var totalWeight = weights.Sum();
        var (theta, info) = ThetaMl(y, mu, totalWeight, weights, options.MaxIterations);
        var dfResidual = weights.Count(w => w > 0) - fit.Qr.Rank;
        var d1 = Math.Sqrt(2 * Math.Max(1, dfResidual));
        var d2 = 1.0;
        var del = 1.0;
        var lm = LogLikelihood(theta, mu, y, weights);
        var lm0 = lm + (2 * d1);
        var iter = 0;
        while (++iter <= options.MaxIterations && ((Math.Abs(lm0 - lm) / d1) + (Math.Abs(del) / d2)) > options.Epsilon)
        {
            var eta = mu.Select(m => GlmLinks.Link(link, m)).ToArray();
            fit = Irls(x, n, p, y, weights, offset, GlmFamily.NegativeBinomial, link, theta, options, null, eta);
            var t0 = theta;
            (theta, info) = ThetaMl(y, mu, totalWeight, weights, options.MaxIterations);
            mu = fit.Mu;
            del = t0 - theta;
            lm0 = lm;
            lm = LogLikelihood(theta, mu, y, weights);
        }

        if (iter > options.MaxIterations)
        {
            fit.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "theta-alternation", "The alternation between theta and the coefficients reached its limit (MASS: 'alternation limit reached'); theta and the estimates are not reliable."));
        }

        return (fit, theta, Math.Sqrt(1 / info), 2 * lm);
    }

    /// <summary>MASS <c>theta.ml</c>: Newton-Raphson on the profile score of theta from the moment start n / sum(w (y/mu - 1)^2), tolerance eps^(1/4).</summary>
    private static (double Theta, double Information) ThetaMl(double[] y, double[] mu, double n, double[] w, int limit)
    {
        var eps = Math.Pow(Epsilon, 0.25);
        var s = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            s += w[i] * Math.Pow((y[i] / mu[i]) - 1, 2);
        }

        var t0 = n / s;
        var it = 0;
        var del = 1.0;
        var info = double.NaN;
        while (++it < limit && Math.Abs(del) > eps)
        {
            t0 = Math.Abs(t0);
            var score = 0.0;
            info = 0.0;
            for (var i = 0; i < y.Length; i++)
            {
                var m = mu[i];
                score += w[i] * (SpecialFunctions.DiGamma(t0 + y[i]) - SpecialFunctions.DiGamma(t0) + Math.Log(t0) + 1 - Math.Log(t0 + m) - ((y[i] + t0) / (m + t0)));
                info += w[i] * (-Trigamma(t0 + y[i]) + Trigamma(t0) - (1 / t0) + (2 / (m + t0)) - ((y[i] + t0) / ((m + t0) * (m + t0))));
            }

            del = score / info;
            t0 += del;
        }

        return (Math.Max(t0, 0), info);
    }

    private static double LogLikelihood(double theta, double[] mu, double[] y, double[] w)
    {
        var s = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            s += w[i] * (SpecialFunctions.GammaLn(theta + y[i]) - SpecialFunctions.GammaLn(theta) - SpecialFunctions.GammaLn(y[i] + 1)
                + (theta * Math.Log(theta)) + (y[i] * Math.Log(mu[i] + (y[i] == 0 ? 1 : 0))) - ((theta + y[i]) * Math.Log(theta + mu[i])));
        }

        return s;
    }

    /// <summary>The trigamma function: recurrence up to x >= 6, then the asymptotic series (Abramowitz and Stegun 6.4.12), relative error below 1e-15.</summary>
    private static double Trigamma(double x)
    {
        var result = 0.0;
        while (x < 6)
        {
            result += 1 / (x * x);
            x += 1;
        }

        var x2 = 1 / (x * x);
        return result + (1 / x) + (x2 / 2) + (x2 / x * ((1.0 / 6) - (x2 * ((1.0 / 30) - (x2 * ((1.0 / 42) - (x2 * ((1.0 / 30) - (x2 * 5.0 / 66)))))))));
    }
}
