using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace OutcomesLab.Regression;

/// <summary>
/// The link functions as R's <c>make.link</c> and its C code (<c>family.c</c>) evaluate them, with the
/// same clamps (logit at |eta| &gt; 30, probit at -qnorm(DBL_EPSILON), log and cloglog at
/// DBL_EPSILON), so that iterations follow R's path step for step.
/// </summary>
internal static class GlmLinks
{
    private const double Epsilon = 2.220446049250313e-16;
    private const double Threshold = 30;
    private static readonly double ProbitThreshold = -Normal.InvCDF(0, 1, Epsilon);

    public static double Link(GlmLink link, double mu) => link switch
    {
        GlmLink.Identity => mu,
        GlmLink.Logit => Math.Log(mu / (1 - mu)),
        GlmLink.Probit => Normal.InvCDF(0, 1, mu),
        GlmLink.Cloglog => Math.Log(-Math.Log(1 - mu)),
        GlmLink.Log => Math.Log(mu),
        GlmLink.Inverse => 1 / mu,
        GlmLink.Sqrt => Math.Sqrt(mu),
        _ => throw new ArgumentOutOfRangeException(nameof(link)),
    };

    public static double Inverse(GlmLink link, double eta)
    {
        switch (link)
        {
            case GlmLink.Identity:
                return eta;
            case GlmLink.Logit:
                var t = eta < -Threshold ? Epsilon : eta > Threshold ? 1 / Epsilon : Math.Exp(eta);
                return t / (1 + t);
            case GlmLink.Probit:
                return Normal.CDF(0, 1, Math.Min(Math.Max(eta, -ProbitThreshold), ProbitThreshold));
            case GlmLink.Cloglog:
                return Math.Max(Math.Min(-SpecialFunctions.Expm1(-Math.Exp(eta)), 1 - Epsilon), Epsilon);
            case GlmLink.Log:
                return Math.Max(Math.Exp(eta), Epsilon);
            case GlmLink.Inverse:
                return 1 / eta;
            case GlmLink.Sqrt:
                return eta * eta;
            default:
                throw new ArgumentOutOfRangeException(nameof(link));
        }
    }

    /// <summary>d mu / d eta.</summary>
    public static double MuEta(GlmLink link, double eta)
    {
        switch (link)
        {
            case GlmLink.Identity:
                return 1;
            case GlmLink.Logit:
                if (eta > Threshold || eta < -Threshold)
                {
                    return Epsilon;
                }

                var e = Math.Exp(eta);
                return e / ((1 + e) * (1 + e));
            case GlmLink.Probit:
                return Math.Max(Normal.PDF(0, 1, eta), Epsilon);
            case GlmLink.Cloglog:
                var c = Math.Min(eta, 700);
                return Math.Max(Math.Exp(c) * Math.Exp(-Math.Exp(c)), Epsilon);
            case GlmLink.Log:
                return Math.Max(Math.Exp(eta), Epsilon);
            case GlmLink.Inverse:
                return -1 / (eta * eta);
            case GlmLink.Sqrt:
                return 2 * eta;
            default:
                throw new ArgumentOutOfRangeException(nameof(link));
        }
    }

    /// <summary>Whether eta is in the link's domain (R <c>valideta</c>).</summary>
    public static bool ValidEta(GlmLink link, double eta) => link switch
    {
        GlmLink.Inverse => double.IsFinite(eta) && eta != 0,
        GlmLink.Sqrt => double.IsFinite(eta) && eta > 0,
        _ => true,
    };

    /// <summary>The name R prints (<c>family$link</c>).</summary>
    public static string Name(GlmLink link) => link switch
    {
        GlmLink.Identity => "identity",
        GlmLink.Logit => "logit",
        GlmLink.Probit => "probit",
        GlmLink.Cloglog => "cloglog",
        GlmLink.Log => "log",
        GlmLink.Inverse => "inverse",
        _ => "sqrt",
    };
}
