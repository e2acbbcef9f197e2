namespace OutcomesLab.Regression;

/// <summary>
/// Householder QR with R's limited column pivoting (LINPACK <c>dqrdc2</c> as modified for R: a column
/// whose norm falls below <c>tol</c> times its original norm is moved to the end and counts as
/// aliased), and the least-squares solve of <c>dqrsl</c>, as R's <c>lm.fit</c>/<c>glm.fit</c> use them
/// (through <c>Cdqrls</c>, tol = 1e-11 in glm.fit). Column-major n x p storage.
/// </summary>
internal sealed class PivotedQr
{
    private readonly double[] qr;
    private readonly double[] qraux;

    private PivotedQr(int n, int p, double[] qr, double[] qraux, int[] pivot, int rank)
    {
        N = n;
        P = p;
        this.qr = qr;
        this.qraux = qraux;
        Pivot = pivot;
        Rank = rank;
    }

    public int N { get; }

    public int P { get; }

    /// <summary>Original column index at each position (R <c>qr$pivot</c> minus 1).</summary>
    public int[] Pivot { get; }

    /// <summary>Numerical rank: the first <see cref="Rank"/> pivoted columns are estimable.</summary>
    public int Rank { get; }

    /// <summary>Decomposes a copy of the column-major matrix <paramref name="x"/> (n rows, p columns).</summary>
    public static PivotedQr Decompose(ReadOnlySpan<double> x, int n, int p, double tol)
    {
        var a = x.ToArray();
        var qraux = new double[p];
        var work0 = new double[p];
        var work1 = new double[p];
        var pivot = new int[p];
        for (var j = 0; j < p; j++)
        {
            pivot[j] = j;
            var norm = Norm(a.AsSpan(j * n, n));
            qraux[j] = norm;
            work0[j] = norm;
            work1[j] = norm == 0 ? 1 : norm;
        }

        var lup = Math.Min(n, p);
        var k = p + 1;
        for (var l = 0; l < lup; l++)
        {
            // Move negligible columns to the end (l + 1 < k: the Fortran's l < k with one-based l).
            while (l + 1 < k && qraux[l] < work1[l] * tol)
            {
                RotateToEnd(a, n, p, l);
                RotateToEnd(qraux, l);
                RotateToEnd(work0, l);
                RotateToEnd(work1, l);
                RotateToEnd(pivot, l);
                k--;
            }

            if (l == n - 1)
            {
                break;
            }

            var col = a.AsSpan(l * n, n);
            var nrmxl = Norm(col[l..]);
            if (nrmxl == 0)
            {
                continue;
            }

            if (col[l] != 0)
            {
                nrmxl = Math.CopySign(nrmxl, col[l]);
            }

            for (var i = l; i < n; i++)
            {
                col[i] /= nrmxl;
            }

            col[l] = 1 + col[l];
            for (var j = l + 1; j < p; j++)
            {
                var cj = a.AsSpan(j * n, n);
                var t = -Dot(col[l..], cj[l..]) / col[l];
                for (var i = l; i < n; i++)
                {
                    cj[i] += t * col[i];
                }

                if (qraux[j] != 0)
                {
                    var tt = 1 - Math.Pow(Math.Abs(cj[l]) / qraux[j], 2);
                    tt = Math.Max(tt, 0);
                    if (Math.Abs(tt) < 1e-6)
                    {
                        qraux[j] = Norm(cj[(l + 1)..]);
                        work0[j] = qraux[j];
                    }
                    else
                    {
                        qraux[j] *= Math.Sqrt(tt);
                    }
                }
            }

            qraux[l] = col[l];
            col[l] = -nrmxl;
        }

        var rank = Math.Min(k - 1, n);
        return new PivotedQr(n, p, a, qraux, pivot, rank);
    }

    /// <summary>Q'y (R <c>qr.qty</c>) for a vector of length n.</summary>
    public double[] QtY(ReadOnlySpan<double> y)
    {
        var qty = y.ToArray();
        var ju = Math.Min(Rank, N - 1);
        for (var j = 0; j < ju; j++)
        {
            if (qraux[j] == 0)
            {
                continue;
            }

            var col = qr.AsSpan(j * N, N);
            var diag = col[j];
            col[j] = qraux[j];
            var t = -Dot(col[j..], qty.AsSpan(j)) / col[j];
            for (var i = j; i < N; i++)
            {
                qty[i] += t * col[i];
            }

            col[j] = diag;
        }

        return qty;
    }

    /// <summary>Least-squares coefficients in pivoted order: the first <see cref="Rank"/> solve R b = (Q'y)[0..rank).</summary>
    public double[] Solve(ReadOnlySpan<double> qty)
    {
        var b = new double[Rank];
        for (var i = Rank - 1; i >= 0; i--)
        {
            var s = qty[i];
            for (var j = i + 1; j < Rank; j++)
            {
                s -= R(i, j) * b[j];
            }

            b[i] = s / R(i, i);
        }

        return b;
    }

    /// <summary>(R'R)^-1 of the leading rank x rank block (R <c>chol2inv(qr$qr[p1, p1])</c>), row-major.</summary>
    public double[] UnscaledCovariance()
    {
        var r = Rank;
        var inv = new double[r * r];
        // Invert the upper-triangular R, then form R^-1 R^-T.
        var rInv = new double[r * r];
        for (var j = 0; j < r; j++)
        {
            rInv[(j * r) + j] = 1 / R(j, j);
            for (var i = j - 1; i >= 0; i--)
            {
                var s = 0.0;
                for (var m = i + 1; m <= j; m++)
                {
                    s += R(i, m) * rInv[(m * r) + j];
                }

                rInv[(i * r) + j] = -s / R(i, i);
            }
        }

        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < r; j++)
            {
                var s = 0.0;
                for (var m = Math.Max(i, j); m < r; m++)
                {
                    s += rInv[(i * r) + m] * rInv[(j * r) + m];
                }

                inv[(i * r) + j] = s;
            }
        }

        return inv;
    }

    private double R(int i, int j) => qr[(j * N) + i];

    private static void RotateToEnd(double[] a, int n, int p, int l)
    {
        var saved = a.AsSpan(l * n, n).ToArray();
        Array.Copy(a, (l + 1) * n, a, l * n, (p - l - 1) * n);
        saved.CopyTo(a, (p - 1) * n);
    }

    private static void RotateToEnd<T>(T[] a, int l)
    {
        var saved = a[l];
        Array.Copy(a, l + 1, a, l, a.Length - l - 1);
        a[^1] = saved;
    }

    private static double Norm(ReadOnlySpan<double> v)
    {
        // LINPACK dnrm2 scales to avoid overflow; the scaled sum gives the same value to rounding.
        var scale = 0.0;
        var ssq = 1.0;
        foreach (var x in v)
        {
            if (x != 0)
            {
                var ax = Math.Abs(x);
                if (scale < ax)
                {
                    ssq = 1 + (ssq * (scale / ax) * (scale / ax));
                    scale = ax;
                }
                else
                {
                    ssq += (ax / scale) * (ax / scale);
                }
            }
        }

        return scale * Math.Sqrt(ssq);
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }
}
