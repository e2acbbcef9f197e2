using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using OutcomesLab.Internal;

namespace OutcomesLab.Survival.Cox;

/// <summary>
/// One evaluation of the Cox partial log-likelihood, score and information (R survival
/// <c>coxfit6.c</c> / <c>agfit4.c</c>) in a single backward sweep per stratum: each sorted row is read
/// once, its linear predictor and risk computed and added to the running sums. O(n p^2) work and no allocation per evaluation; the Efron sums over the tied deaths are
/// collapsed into five scalars per event time.
/// </summary>
internal sealed class CoxKernel : IDisposable
{
    private readonly CoxData d;
    private readonly bool efron;

    // Row stride of the p x p running sums, padded to whole vectors so that every row of the lower
    // triangle is updated with vector operations only (the padding columns are never read).
    private readonly int stride;
    private readonly double[] a;
    private readonly double[] a2;
    private readonly double[] cmat;
    private readonly double[] cmat2;
    private readonly double[] xrow;
    private readonly double[] xold;
    private readonly PooledArray<double> riskBuffer;

    public CoxKernel(CoxData data, bool efron)
    {
        d = data;
        this.efron = efron;
        var p = data.P;
        var width = Vector<double>.Count;
        stride = (p + width - 1) / width * width;
        a = new double[p];
        a2 = new double[p];
        cmat = new double[p * stride];
        cmat2 = new double[p * stride];
        xrow = new double[stride];
        xold = new double[stride];
        Eta = new double[data.N];
        riskBuffer = PooledArray<double>.Rent(data.N);
        U = new double[p];
        Imat = new double[p * p];
    }

    /// <summary>Linear predictor per sorted row (centred covariates).</summary>
    public double[] Eta { get; }

    /// <summary>w * exp(eta) per sorted row (pooled scratch: valid until <see cref="Dispose"/>).</summary>
    public double[] Risk => riskBuffer.Array;

    /// <summary>Score vector from the last evaluation.</summary>
    public double[] U { get; }

    /// <summary>Information matrix (full, symmetric, row-major) from the last evaluation.</summary>
    public double[] Imat { get; }

    // Fully optimised on the first call: a CLI process fits once, and tier-0 code for these loops is several times slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Evaluate(ReadOnlySpan<double> beta)
    {
        var p = d.P;
        var w = d.Weight;
        var eta = Eta;
        var risk = Risk;
        var row = xrow;
        var x = d.KernelX;
        var st = stride;
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
                    x.AsSpan(i * p, p).CopyTo(row);
                    var e = 0.0;
                    for (var j = 0; j < p; j++)
                    {
                        e += row[j] * beta[j];
                    }

                    var r = w[i] * Math.Exp(e);
                    eta[i] = e;
                    risk[i] = r;
                    denom += r;
                    if (status[i] == 0)
                    {
                        AddOuter(row, r, a, cmat, p, st);
                        continue;
                    }

                    if (!anyDead)
                    {
                        Array.Clear(a2);
                        Array.Clear(cmat2);
                        anyDead = true;
                    }

                    if (efron)
                    {
                        AddOuter(row, r, a, cmat, a2, cmat2, p, st);
                    }
                    else
                    {
                        AddOuter(row, r, a, cmat, p, st);
                    }

                    dead++;
                    deadWt += w[i];
                    eDenom += r;
                    loglik += w[i] * e;
                    for (var j = 0; j < p; j++)
                    {
                        U[j] += w[i] * row[j];
                    }
                }

                if (start is not null && startOrder is not null)
                {
                    while (remove < hi && start[startOrder[remove]] >= t)
                    {
                        var k = startOrder[remove];
                        var r = risk[k];
                        denom -= r;
                        x.AsSpan(k * p, p).CopyTo(xold);
                        AddOuter(xold, -r, a, cmat, p, st);
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
                        var crow = j * st;
                        var irow = j * p;
                        for (var k = 0; k <= j; k++)
                        {
                            Imat[irow + k] += deadWt * ((cmat[crow + k] * inv) - (mj * a[k] * inv));
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
                        var crow = j * st;
                        var irow = j * p;
                        for (var k = 0; k <= j; k++)
                        {
                            Imat[irow + k] += (t0 * cmat[crow + k]) - (t1 * cmat2[crow + k])
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

    /// <summary>Returns the pooled risk buffer.</summary>
    public void Dispose() => riskBuffer.Dispose();

    // sum += r x; mat (lower triangle, row stride `stride`) += r x x'. Each triangle row is updated
    // in whole vectors (the few extra columns past the diagonal land in the padding or in the unused
    // upper triangle) with separate multiply and add (no fused multiply-add), so every element gets
    // exactly the scalar loop's rounding. Unchecked vector loads: all offsets stay below p * stride.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddOuter(double[] row, double r, double[] sum, double[] mat, int p, int stride)
    {
        var width = Vector<double>.Count;
        ref var x0 = ref MemoryMarshal.GetArrayDataReference(row);
        ref var m0 = ref MemoryMarshal.GetArrayDataReference(mat);
        for (var j = 0; j < p; j++)
        {
            var rx = r * Unsafe.Add(ref x0, j);
            sum[j] += rx;
            var vrx = new Vector<double>(rx);
            var off = (nuint)(j * stride);
            for (var k = 0; k <= j; k += width)
            {
                var prod = vrx * Vector.LoadUnsafe(ref x0, (nuint)k);
                (Vector.LoadUnsafe(ref m0, off + (nuint)k) + prod).StoreUnsafe(ref m0, off + (nuint)k);
            }
        }
    }

    // The same for a death with Efron ties: the products are formed once and added to both the
    // risk-set sums and the tied-deaths sums.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddOuter(double[] row, double r, double[] sum, double[] mat, double[] sum2, double[] mat2, int p, int stride)
    {
        var width = Vector<double>.Count;
        ref var x0 = ref MemoryMarshal.GetArrayDataReference(row);
        ref var m0 = ref MemoryMarshal.GetArrayDataReference(mat);
        ref var n0 = ref MemoryMarshal.GetArrayDataReference(mat2);
        for (var j = 0; j < p; j++)
        {
            var rx = r * Unsafe.Add(ref x0, j);
            sum[j] += rx;
            sum2[j] += rx;
            var vrx = new Vector<double>(rx);
            var off = (nuint)(j * stride);
            for (var k = 0; k <= j; k += width)
            {
                var prod = vrx * Vector.LoadUnsafe(ref x0, (nuint)k);
                (Vector.LoadUnsafe(ref m0, off + (nuint)k) + prod).StoreUnsafe(ref m0, off + (nuint)k);
                (Vector.LoadUnsafe(ref n0, off + (nuint)k) + prod).StoreUnsafe(ref n0, off + (nuint)k);
            }
        }
    }
}
