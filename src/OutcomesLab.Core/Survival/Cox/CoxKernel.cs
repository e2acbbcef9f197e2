using System.Numerics;

namespace OutcomesLab.Survival.Cox;

/// <summary>
/// One evaluation of the Cox partial log-likelihood, score and information (R survival
/// <c>coxfit6.c</c> / <c>agfit4.c</c>), sweeping each stratum once from the latest time backwards
/// with running sums. O(n p^2) work and no allocation per event; the Efron sums over the tied
/// deaths are collapsed into five scalars per event time.
/// </summary>
internal sealed class CoxKernel
{
    private readonly CoxData d;
    private readonly bool efron;
    private readonly double[] a;
    private readonly double[] a2;
    private readonly double[] cmat;
    private readonly double[] cmat2;

    public CoxKernel(CoxData data, bool efron)
    {
        d = data;
        this.efron = efron;
        var p = data.P;
        a = new double[p];
        a2 = new double[p];
        cmat = new double[p * p];
        cmat2 = new double[p * p];
        Eta = new double[data.N];
        Risk = new double[data.N];
        U = new double[p];
        Imat = new double[p * p];
    }

    /// <summary>Linear predictor per sorted row (centred covariates).</summary>
    public double[] Eta { get; }

    /// <summary>w * exp(eta) per sorted row.</summary>
    public double[] Risk { get; }

    /// <summary>Score vector from the last evaluation.</summary>
    public double[] U { get; }

    /// <summary>Information matrix (full, symmetric, row-major) from the last evaluation.</summary>
    public double[] Imat { get; }

    public double Evaluate(ReadOnlySpan<double> beta)
    {
        var p = d.P;
        var n = d.N;
        var x = d.X;
        var w = d.Weight;
        var eta = Eta;
        var risk = Risk;
        for (var k = 0; k < n; k++)
        {
            var row = x.AsSpan(k * p, p);
            var s = 0.0;
            for (var j = 0; j < p; j++)
            {
                s += row[j] * beta[j];
            }

            eta[k] = s;
            risk[k] = w[k] * Math.Exp(s);
        }

        Array.Clear(U);
        Array.Clear(Imat);
        var loglik = 0.0;
        var status = d.Status;
        var stop = d.Stop;
        var start = d.Start;
        var startOrder = d.StartOrder;
        for (var s = 0; s + 1 < d.StratumStart.Length; s++)
        {
            var lo = d.StratumStart[s];
            var hi = d.StratumStart[s + 1];
            var denom = 0.0;
            Array.Clear(a);
            Array.Clear(cmat);
            var remove = lo; // pointer into startOrder (descending start)
            var i = hi - 1;
            while (i >= lo)
            {
                var t = stop[i];
                var dead = 0;
                var deadWt = 0.0;
                var eDenom = 0.0;
                var anyDead = false;
                for (; i >= lo && stop[i] == t; i--)
                {
                    var r = risk[i];
                    var row = x.AsSpan(i * p, p);
                    denom += r;
                    AddOuter(row, r, a, cmat, p);
                    if (status[i] != 0)
                    {
                        if (!anyDead)
                        {
                            Array.Clear(a2);
                            Array.Clear(cmat2);
                            anyDead = true;
                        }

                        dead++;
                        deadWt += w[i];
                        eDenom += r;
                        loglik += w[i] * eta[i];
                        for (var j = 0; j < p; j++)
                        {
                            U[j] += w[i] * row[j];
                        }

                        if (efron)
                        {
                            AddOuter(row, r, a2, cmat2, p);
                        }
                    }
                }

                if (start is not null && startOrder is not null)
                {
                    while (remove < hi && start[startOrder[remove]] >= t)
                    {
                        var k = startOrder[remove];
                        var r = risk[k];
                        denom -= r;
                        AddOuter(x.AsSpan(k * p, p), -r, a, cmat, p);
                        remove++;
                    }
                }

                if (dead == 0)
                {
                    continue;
                }

                if (!efron || dead == 1)
                {
                    loglik -= deadWt * Math.Log(denom);
                    var inv = 1.0 / denom;
                    for (var j = 0; j < p; j++)
                    {
                        var mj = a[j] * inv;
                        U[j] -= deadWt * mj;
                        var crow = j * p;
                        for (var k = 0; k <= j; k++)
                        {
                            Imat[crow + k] += deadWt * ((cmat[crow + k] * inv) - (mj * a[k] * inv));
                        }
                    }
                }
                else
                {
                    var wtave = deadWt / dead;
                    double t0 = 0, t1 = 0, s0 = 0, s1 = 0, s2 = 0;
                    for (var k = 0; k < dead; k++)
                    {
                        var tk = (double)k / dead;
                        var d2 = denom - (tk * eDenom);
                        loglik -= wtave * Math.Log(d2);
                        var q = wtave / d2;
                        t0 += q;
                        t1 += q * tk;
                        var q2 = q / d2;
                        s0 += q2;
                        s1 += q2 * tk;
                        s2 += q2 * tk * tk;
                    }

                    for (var j = 0; j < p; j++)
                    {
                        U[j] -= (t0 * a[j]) - (t1 * a2[j]);
                        var crow = j * p;
                        for (var k = 0; k <= j; k++)
                        {
                            Imat[crow + k] += (t0 * cmat[crow + k]) - (t1 * cmat2[crow + k])
                                - ((s0 * a[j] * a[k]) - (s1 * ((a[j] * a2[k]) + (a2[j] * a[k]))) + (s2 * a2[j] * a2[k]));
                        }
                    }
                }
            }
        }

        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k < j; k++)
            {
                Imat[(k * p) + j] = Imat[(j * p) + k];
            }
        }

        return loglik;
    }

    // sum += r x; mat (lower triangle, row-major) += r x x'. Vectorised along each row of the
    // triangle with separate multiply and add (no fused multiply-add), so every element gets
    // exactly the scalar loop's rounding.
    private static void AddOuter(ReadOnlySpan<double> row, double r, double[] sum, double[] mat, int p)
    {
        var width = Vector<double>.Count;
        for (var j = 0; j < p; j++)
        {
            var rx = r * row[j];
            sum[j] += rx;
            var m = mat.AsSpan(j * p, j + 1);
            var k = 0;
            if (Vector.IsHardwareAccelerated && m.Length >= width)
            {
                var vrx = new Vector<double>(rx);
                for (; k <= m.Length - width; k += width)
                {
                    var acc = new Vector<double>(m.Slice(k)) + (vrx * new Vector<double>(row.Slice(k)));
                    acc.CopyTo(m.Slice(k));
                }
            }

            for (; k < m.Length; k++)
            {
                m[k] += rx * row[k];
            }
        }
    }
}
