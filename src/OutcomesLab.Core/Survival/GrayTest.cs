using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;

namespace OutcomesLab.Survival;

/// <summary>
/// Gray's (1988) K-sample test for equality of the cumulative incidence functions of one cause across
/// groups, as cmprsk's <c>cuminc(ftime, fstatus, group, strata, rho)</c> computes it (Fortran routine
/// <c>crstm</c>): a weighted comparison of the subdistribution hazards, with weight (1 − F(t−))^ρ,
/// optionally stratified. The statistic s'V⁻¹s is referred to χ² with (groups − 1) degrees of freedom.
/// </summary>
public static class GrayTest
{
    /// <summary>Gray's test for one cause between the groups of <paramref name="sample"/>, stratified by its strata when present.</summary>
    /// <param name="sample">Competing-risks data with at least two non-empty groups; no case weights, no delayed entry.</param>
    /// <param name="cause">The cause code whose CIFs are compared (must occur in the sample).</param>
    /// <param name="rho">cmprsk's <c>rho</c>: the power of the weight (1 − F(t−))^ρ; 0 (the default) is the log-rank-like weight.</param>
    /// <returns>The statistic, its degrees of freedom and p-value.</returns>
    /// <exception cref="ArgumentException">Fewer than two non-empty groups, an absent cause, weights or delayed entry.</exception>
    public static GrayTestResult Compute(SurvivalSample sample, int cause, double rho = 0)
    {
        ArgumentNullException.ThrowIfNull(sample);
        CumulativeIncidence.RequireSupported(sample);
        if (!double.IsFinite(rho))
        {
            throw new ArgumentException("rho must be a finite number (cmprsk's rho; 0 is the default).", nameof(rho));
        }

        if (!sample.Causes.Contains(cause))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"cause {cause} does not occur in the sample (causes present: {string.Join(", ", sample.Causes)})."),
                nameof(cause));
        }

        var layout = CumulativeIncidence.Layout.Create(sample);
        if (layout.GroupLabels.Length < 2)
        {
            throw new ArgumentException(
                "Gray's test compares groups, but the sample has fewer than two non-empty groups. Supply a groups vector with at least two levels that have subjects.",
                nameof(sample));
        }

        return Run(sample, layout, cause, rho, null);
    }

    internal static GrayTestResult Run(SurvivalSample sample, CumulativeIncidence.Layout layout, int cause, double rho, List<Diagnostic>? diagnostics)
    {
        var ng = layout.GroupLabels.Length;
        var ng1 = ng - 1;
        var n = sample.Count;
        var order = layout.Order;
        var strata = sample.Strata;
        var nst = strata?.LevelCount ?? 1;

        var sumS = new double[ng1];
        var sumV = new double[ng1 * ng1];
        var work = new CrstWork(ng);
        var y = new double[n];
        var m = new int[n];
        var g = new int[n];
        for (var st = 0; st < nst; st++)
        {
            var len = 0;
            foreach (var i in order)
            {
                if (strata is not null && strata.Codes[i] != st)
                {
                    continue;
                }

                y[len] = sample.Times[i];
                var status = sample.Status[i];
                m[len] = status == 0 ? 0 : status == cause ? 1 : 2;
                g[len] = layout.GroupCode[i];
                len++;
            }

            if (len == 0)
            {
                continue;
            }

            Crst(y.AsSpan(0, len), m.AsSpan(0, len), g.AsSpan(0, len), ng, rho, work);
            for (var i = 0; i < ng1; i++)
            {
                sumS[i] += work.S[i];
                for (var j = 0; j <= i; j++)
                {
                    sumV[(i * ng1) + j] += work.V[(i * ng1) + j];
                }
            }
        }

        for (var i = 0; i < ng1; i++)
        {
            for (var j = 0; j < i; j++)
            {
                sumV[(j * ng1) + i] = sumV[(i * ng1) + j];
            }
        }

        var stat = QuadraticForm(sumS, sumV, ng1);
        double p;
        if (double.IsNaN(stat))
        {
            p = double.NaN;
            diagnostics?.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                "gray-singular-covariance",
                string.Create(CultureInfo.InvariantCulture, $"Gray's test for cause {cause}: the score covariance matrix is singular (e.g. a group without events of any kind), so no statistic is reported (cmprsk reports -1 with p = 1).")));
        }
        else if (stat < 0)
        {
            // Gray's variance estimator is not guaranteed positive definite with few events and
            // ties; cmprsk then reports the negative stat with pv = 1 - pchisq(stat, df) = 1.
            p = 1;
            diagnostics?.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                "gray-negative-statistic",
                string.Create(CultureInfo.InvariantCulture, $"Gray's test for cause {cause}: the statistic is negative ({stat:G6}) because the estimated score covariance is not positive definite (too few events of this cause); p = 1 as in cmprsk. Do not interpret this test.")));
        }
        else
        {
            // cmprsk computes 1 - pchisq(stat, df): p-values below ~1e-16 become 0.
            p = 1 - ChiSquared.CDF(ng1, stat);
        }

        var rows = ImmutableArray.CreateBuilder<ImmutableArray<double>>(ng1);
        for (var i = 0; i < ng1; i++)
        {
            rows.Add(ImmutableArray.Create(sumV, i * ng1, ng1));
        }

        return new GrayTestResult(cause, stat, ng1, p, rho, strata is not null, [.. sumS], rows.MoveToImmutable());
    }

    // s' V^-1 s by Gaussian elimination with partial pivoting; NaN when V is numerically singular
    // (relative pivot tolerance 1e-7, the tolerance of R's qr() that cmprsk uses for its rank check).
    private static double QuadraticForm(double[] s, double[] v, int k)
    {
        var a = (double[])v.Clone();
        var b = (double[])s.Clone();
        var scale = 0.0;
        for (var i = 0; i < k; i++)
        {
            scale = Math.Max(scale, Math.Abs(a[(i * k) + i]));
        }

        if (!(scale > 0) || !double.IsFinite(scale))
        {
            return double.NaN;
        }

        for (var col = 0; col < k; col++)
        {
            var piv = col;
            for (var r = col + 1; r < k; r++)
            {
                if (Math.Abs(a[(r * k) + col]) > Math.Abs(a[(piv * k) + col]))
                {
                    piv = r;
                }
            }

            if (Math.Abs(a[(piv * k) + col]) <= 1e-7 * scale)
            {
                return double.NaN;
            }

            if (piv != col)
            {
                for (var c = 0; c < k; c++)
                {
                    (a[(col * k) + c], a[(piv * k) + c]) = (a[(piv * k) + c], a[(col * k) + c]);
                }

                (b[col], b[piv]) = (b[piv], b[col]);
            }

            for (var r = col + 1; r < k; r++)
            {
                var factor = a[(r * k) + col] / a[(col * k) + col];
                if (factor == 0)
                {
                    continue;
                }

                for (var c = col; c < k; c++)
                {
                    a[(r * k) + c] -= factor * a[(col * k) + c];
                }

                b[r] -= factor * b[col];
            }
        }

        var x = new double[k];
        for (var r = k - 1; r >= 0; r--)
        {
            var acc = b[r];
            for (var c = r + 1; c < k; c++)
            {
                acc -= a[(r * k) + c] * x[c];
            }

            x[r] = acc / a[(r * k) + r];
        }

        var q = 0.0;
        for (var i = 0; i < k; i++)
        {
            q += s[i] * x[i];
        }

        return q;
    }

    private sealed class CrstWork
    {
        public CrstWork(int ng)
        {
            var ng1 = ng - 1;
            S = new double[ng1];
            V = new double[ng1 * ng1];
            RiskSet = new int[ng];
            D = new int[3 * ng];
            F1Minus = new double[ng];
            F1 = new double[ng];
            SkmMinus = new double[ng];
            Skm = new double[ng];
            A = new double[ng * ng];
            C = new double[ng * ng];
            V3 = new double[ng];
            V2 = new double[ng1 * ng];
        }

        public double[] S { get; }

        public double[] V { get; }

        public int[] RiskSet { get; }

        public int[] D { get; }

        public double[] F1Minus { get; }

        public double[] F1 { get; }

        public double[] SkmMinus { get; }

        public double[] Skm { get; }

        public double[] A { get; }

        public double[] C { get; }

        public double[] V3 { get; }

        public double[] V2 { get; }
    }

    // One stratum of Gray's score and its variance (lower triangle of V filled), following the
    // formulas of Gray (1988) as implemented in cmprsk's crst: the score for group i accumulates
    // (1 - F(t-))^rho * (d_1i - d_1 * R_i / R), with R_i = n_i (1 - F_i(t-)) / S_i(t-) and
    // R = sum R_i, and the variance follows Gray's asymptotic expression with cmprsk's tie factors.
    private static void Crst(ReadOnlySpan<double> y, ReadOnlySpan<int> m, ReadOnlySpan<int> ig, int ng, double rho, CrstWork w)
    {
        var ng1 = ng - 1;
        var n = y.Length;
        var rs = w.RiskSet;
        var d = w.D;
        var f1m = w.F1Minus;
        var f1 = w.F1;
        var skmm = w.SkmMinus;
        var skm = w.Skm;
        var a = w.A;
        var c = w.C;
        var v3 = w.V3;
        var v2 = w.V2;
        var s = w.S;
        var v = w.V;
        Array.Clear(rs);
        foreach (var gi in ig)
        {
            rs[gi]++;
        }

        Array.Clear(s);
        Array.Clear(v);
        Array.Clear(f1m);
        Array.Clear(f1);
        Array.Fill(skmm, 1.0);
        Array.Fill(skm, 1.0);
        Array.Clear(v3);
        Array.Clear(v2);
        Array.Clear(c);
        double fm = 0, f = 0;
        var ll = 0;
        while (ll < n)
        {
            var lu = ll;
            while (lu + 1 < n && y[lu + 1] <= y[ll])
            {
                lu++;
            }

            Array.Clear(d);
            for (var i = ll; i <= lu; i++)
            {
                d[(m[i] * ng) + ig[i]]++;
            }

            int nd1 = 0, nd2 = 0;
            for (var i = 0; i < ng; i++)
            {
                nd1 += d[ng + i];
                nd2 += d[(2 * ng) + i];
            }

            if (nd1 > 0 || nd2 > 0)
            {
                double tr = 0, tq = 0;
                for (var i = 0; i < ng; i++)
                {
                    if (rs[i] <= 0)
                    {
                        continue;
                    }

                    var td = d[ng + i] + d[(2 * ng) + i];
                    skm[i] = skmm[i] * (rs[i] - td) / rs[i];
                    f1[i] = f1m[i] + (skmm[i] * d[ng + i] / rs[i]);
                    tr += rs[i] / skmm[i];
                    tq += rs[i] * (1 - f1m[i]) / skmm[i];
                }

                f = fm + (nd1 / tr);
                var fb = Math.Pow(1 - fm, rho);
                for (var i = 0; i < ng; i++)
                {
                    for (var j = i; j < ng; j++)
                    {
                        a[(i * ng) + j] = 0;
                    }

                    if (rs[i] <= 0)
                    {
                        continue;
                    }

                    var t1 = rs[i] / skmm[i];
                    a[(i * ng) + i] = fb * t1 * (1 - (t1 / tr));
                    c[(i * ng) + i] += a[(i * ng) + i] * nd1 / (tr * (1 - fm));
                    for (var j = i + 1; j < ng; j++)
                    {
                        if (rs[j] <= 0)
                        {
                            continue;
                        }

                        a[(i * ng) + j] = -fb * t1 * rs[j] / (skmm[j] * tr);
                        c[(i * ng) + j] += a[(i * ng) + j] * nd1 / (tr * (1 - fm));
                    }
                }

                for (var i = 1; i < ng; i++)
                {
                    for (var j = 0; j < i; j++)
                    {
                        a[(i * ng) + j] = a[(j * ng) + i];
                        c[(i * ng) + j] = c[(j * ng) + i];
                    }
                }

                for (var i = 0; i < ng1; i++)
                {
                    if (rs[i] <= 0)
                    {
                        continue;
                    }

                    s[i] += fb * (d[ng + i] - (nd1 * rs[i] * (1 - f1m[i]) / (skmm[i] * tq)));
                }

                if (nd1 > 0)
                {
                    for (var k = 0; k < ng; k++)
                    {
                        if (rs[k] <= 0)
                        {
                            continue;
                        }

                        var t4 = skm[k] > 0 ? 1 - ((1 - f) / skm[k]) : 1.0;
                        var t5 = nd1 > 1 ? 1 - ((nd1 - 1) / ((tr * skmm[k]) - 1)) : 1.0;
                        var t3 = t5 * skmm[k] * nd1 / (tr * rs[k]);
                        v3[k] += t4 * t4 * t3;
                        for (var i = 0; i < ng1; i++)
                        {
                            var t1 = a[(i * ng) + k] - (t4 * c[(i * ng) + k]);
                            v2[(i * ng) + k] += t1 * t4 * t3;
                            for (var j = 0; j <= i; j++)
                            {
                                var t2 = a[(j * ng) + k] - (t4 * c[(j * ng) + k]);
                                v[(i * ng1) + j] += t1 * t2 * t3;
                            }
                        }
                    }
                }

                if (nd2 > 0)
                {
                    for (var k = 0; k < ng; k++)
                    {
                        var d2k = d[(2 * ng) + k];
                        if (skm[k] <= 0 || d2k <= 0)
                        {
                            continue;
                        }

                        var t4 = (1 - f) / skm[k];
                        var t5 = d2k > 1 ? 1 - ((d2k - 1.0) / (rs[k] - 1.0)) : 1.0;
                        var t3 = t5 * (skmm[k] * skmm[k] * d2k) / ((double)rs[k] * rs[k]);
                        v3[k] += t4 * t4 * t3;
                        for (var i = 0; i < ng1; i++)
                        {
                            var t1 = t4 * c[(i * ng) + k];
                            v2[(i * ng) + k] -= t1 * t4 * t3;
                            for (var j = 0; j <= i; j++)
                            {
                                var t2 = t4 * c[(j * ng) + k];
                                v[(i * ng1) + j] += t1 * t2 * t3;
                            }
                        }
                    }
                }
            }

            if (lu >= n - 1)
            {
                break;
            }

            for (var i = ll; i <= lu; i++)
            {
                rs[ig[i]]--;
            }

            fm = f;
            Array.Copy(f1, f1m, ng);
            Array.Copy(skm, skmm, ng);
            ll = lu + 1;
        }

        for (var i = 0; i < ng1; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var acc = v[(i * ng1) + j];
                for (var k = 0; k < ng; k++)
                {
                    acc += c[(i * ng) + k] * c[(j * ng) + k] * v3[k];
                    acc += c[(i * ng) + k] * v2[(j * ng) + k];
                    acc += c[(j * ng) + k] * v2[(i * ng) + k];
                }

                v[(i * ng1) + j] = acc;
            }
        }
    }
}
