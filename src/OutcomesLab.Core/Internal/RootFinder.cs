namespace OutcomesLab.Internal;

/// <summary>
/// Brent's (1973) root finder without derivatives, in the classic "zeroin" form (inverse
/// quadratic interpolation, secant and bisection steps). The iteration follows the published
/// algorithm step by step, so with the tolerance R's <c>uniroot</c> uses by default
/// (<c>.Machine$double.eps^0.25</c>) it reproduces R's iterates and therefore R's (coarse) roots,
/// e.g. in <c>fisher.test</c>'s conditional MLE.
/// </summary>
internal static class RootFinder
{
    /// <summary>R's default <c>uniroot</c> tolerance, <c>.Machine$double.eps^0.25</c>.</summary>
    public static readonly double RDefaultTolerance = Math.Pow(2.220446049250313e-16, 0.25);

    /// <summary>Finds a root of <paramref name="f"/> in [<paramref name="lower"/>, <paramref name="upper"/>], where f changes sign.</summary>
    /// <returns>The root and whether the tolerance was met within <paramref name="maxIterations"/>.</returns>
    public static (double Root, bool Converged) Brent(Func<double, double> f, double lower, double upper, double tolerance, int maxIterations = 1000)
    {
        var fa = f(lower);
        var fb = f(upper);
        return Brent(f, lower, upper, fa, fb, tolerance, maxIterations);
    }

    /// <summary>As <see cref="Brent(Func{double, double}, double, double, double, int)"/> with the end-point values supplied.</summary>
    public static (double Root, bool Converged) Brent(Func<double, double> f, double ax, double bx, double fa, double fb, double tolerance, int maxIterations = 1000)
    {
        const double eps = 2.220446049250313e-16;
        double a = ax, b = bx;
        if (fa == 0)
        {
            return (a, true);
        }

        if (fb == 0)
        {
            return (b, true);
        }

        if ((fa > 0 && fb > 0) || (fa < 0 && fb < 0))
        {
            throw new ArgumentException("The function has the same sign at both ends of the bracket.", nameof(f));
        }

        var c = a;
        var fc = fa;
        var iterations = maxIterations + 1;
        while (iterations-- > 0)
        {
            var prevStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }

            var tolAct = (2 * eps * Math.Abs(b)) + (tolerance / 2);
            var newStep = (c - b) / 2;
            if (Math.Abs(newStep) <= tolAct || fb == 0)
            {
                return (b, true);
            }

            if (Math.Abs(prevStep) >= tolAct && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q;
                var cb = c - b;
                if (a == c)
                {
                    var t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                }
                else
                {
                    var qq = fa / fc;
                    var t1 = fb / fc;
                    var t2 = fb / fa;
                    p = t2 * ((cb * qq * (qq - t1)) - ((b - a) * (t1 - 1.0)));
                    q = (qq - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }

                if (p > 0)
                {
                    q = -q;
                }
                else
                {
                    p = -p;
                }

                if (p < ((0.75 * cb * q) - (Math.Abs(tolAct * q) / 2)) && p < Math.Abs(prevStep * q / 2))
                {
                    newStep = p / q;
                }
            }

            if (Math.Abs(newStep) < tolAct)
            {
                newStep = newStep > 0 ? tolAct : -tolAct;
            }

            a = b;
            fa = fb;
            b += newStep;
            fb = f(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
            }
        }

        return (b, false);
    }

    /// <summary>
    /// Root of a function that is monotone in its argument: the bracket [x0 − step, x0 + step] is
    /// doubled outwards until the sign changes (as <c>uniroot(extendInt = "yes")</c>), then
    /// <see cref="Brent(Func{double, double}, double, double, double, int)"/> runs.
    /// </summary>
    public static (double Root, bool Converged) BrentExpanding(Func<double, double> f, double x0, double step, double tolerance, int maxExpansions = 200)
    {
        double lo = x0 - step, hi = x0 + step;
        double flo = f(lo), fhi = f(hi);
        var width = step;
        for (var i = 0; i < maxExpansions && ((flo > 0 && fhi > 0) || (flo < 0 && fhi < 0)); i++)
        {
            width *= 2;
            if (Math.Abs(flo) < Math.Abs(fhi))
            {
                lo -= width;
                flo = f(lo);
            }
            else
            {
                hi += width;
                fhi = f(hi);
            }
        }

        if ((flo > 0 && fhi > 0) || (flo < 0 && fhi < 0))
        {
            return (double.NaN, false);
        }

        return Brent(f, lo, hi, flo, fhi, tolerance);
    }
}
