using MathNet.Numerics;
using OutcomesLab.EffectSizes;
using OutcomesLab.Internal;

namespace OutcomesLab.Inference;

/// <summary>
/// Fisher's (1935) exact test for a 2×2 table with the conditional MLE of the odds ratio and its
/// exact interval from the noncentral hypergeometric distribution (Cornfield 1956), following the
/// algorithm of R's <c>fisher.test</c>: the two-sided p sums the probabilities of all tables with
/// probability ≤ (1 + 1e-7) × the observed one; the MLE and the interval limits are roots found
/// with Brent's method at R's default <c>uniroot</c> tolerance (eps^0.25 ≈ 1.2e-4), so they agree with R
/// rather than being exact to machine precision (pass precise = true for tight roots).
/// </summary>
public static class FisherExactTest
{
    /// <summary>Runs the test.</summary>
    /// <param name="table">The table (a b / c d).</param>
    /// <param name="confidenceLevel">Confidence level of the odds-ratio interval.</param>
    /// <param name="precise">False (default) for R's root tolerance; true for tolerance 1e-12.</param>
    /// <returns>p-value, conditional MLE and interval.</returns>
    public static FisherExactResult Compute(TwoByTwoTable table, double confidenceLevel = 0.95, bool precise = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        StandardizedMeanDifference.ValidateLevel(confidenceLevel);
        var tol = precise ? 1e-12 : RootFinder.RDefaultTolerance;
        int x = table.A, m = table.A + table.C, n = table.B + table.D, k = table.A + table.B;
        int lo = Math.Max(0, k - n), hi = Math.Min(k, m);
        var len = hi - lo + 1;
        var logdc = new double[len];
        for (var i = 0; i < len; i++)
        {
            var s = lo + i;
            logdc[i] = SpecialFunctions.BinomialLn(m, s) + SpecialFunctions.BinomialLn(n, k - s) - SpecialFunctions.BinomialLn(m + n, k);
        }

        double[] Dn(double ncp)
        {
            var d = new double[len];
            var mx = double.NegativeInfinity;
            var lncp = Math.Log(ncp);
            for (var i = 0; i < len; i++)
            {
                d[i] = logdc[i] + (lncp * (lo + i));
                mx = Math.Max(mx, d[i]);
            }

            var sum = 0.0;
            for (var i = 0; i < len; i++)
            {
                d[i] = Math.Exp(d[i] - mx);
                sum += d[i];
            }

            for (var i = 0; i < len; i++)
            {
                d[i] /= sum;
            }

            return d;
        }

        double Mn(double ncp)
        {
            if (ncp == 0)
            {
                return lo;
            }

            if (double.IsPositiveInfinity(ncp))
            {
                return hi;
            }

            var d = Dn(ncp);
            var s = 0.0;
            for (var i = 0; i < len; i++)
            {
                s += (lo + i) * d[i];
            }

            return s;
        }

        double Pn(double q, double ncp, bool upper)
        {
            if (ncp == 0)
            {
                return upper ? (q <= lo ? 1 : 0) : (q >= lo ? 1 : 0);
            }

            if (double.IsPositiveInfinity(ncp))
            {
                return upper ? (q <= hi ? 1 : 0) : (q >= hi ? 1 : 0);
            }

            var d = Dn(ncp);
            var s = 0.0;
            for (var i = 0; i < len; i++)
            {
                var sup = lo + i;
                if (upper ? sup >= q : sup <= q)
                {
                    s += d[i];
                }
            }

            return s;
        }

        // two-sided p
        var d1 = Dn(1);
        var cut = d1[x - lo] * (1 + 1e-7);
        var p = 0.0;
        for (var i = 0; i < len; i++)
        {
            if (d1[i] <= cut)
            {
                p += d1[i];
            }
        }

        p = Math.Min(1, p);

        const double eps = 2.220446049250313e-16;
        double Mle()
        {
            if (x == lo)
            {
                return 0;
            }

            if (x == hi)
            {
                return double.PositiveInfinity;
            }

            var mu = Mn(1);
            if (mu > x)
            {
                return RootFinder.Brent(t => Mn(t) - x, 0, 1, tol).Root;
            }

            if (mu < x)
            {
                return 1 / RootFinder.Brent(t => Mn(1 / t) - x, eps, 1, tol).Root;
            }

            return 1;
        }

        var alpha = (1 - confidenceLevel) / 2;
        double NcpU()
        {
            if (x == hi)
            {
                return double.PositiveInfinity;
            }

            var pp = Pn(x, 1, false);
            if (pp < alpha)
            {
                return RootFinder.Brent(t => Pn(x, t, false) - alpha, 0, 1, tol).Root;
            }

            if (pp > alpha)
            {
                return 1 / RootFinder.Brent(t => Pn(x, 1 / t, false) - alpha, eps, 1, tol).Root;
            }

            return 1;
        }

        double NcpL()
        {
            if (x == lo)
            {
                return 0;
            }

            var pp = Pn(x, 1, true);
            if (pp > alpha)
            {
                return RootFinder.Brent(t => Pn(x, t, true) - alpha, 0, 1, tol).Root;
            }

            if (pp < alpha)
            {
                return 1 / RootFinder.Brent(t => Pn(x, 1 / t, true) - alpha, eps, 1, tol).Root;
            }

            return 1;
        }

        return new FisherExactResult(p, Mle(), NcpL(), NcpU(), confidenceLevel);
    }
}
