namespace OutcomesLab.Survival.Cox;

/// <summary>
/// Generalised Cholesky (LDL') with pivot tolerance, solve and inverse for small symmetric
/// matrices stored row-major: ports of R survival's <c>cholesky2.c</c>, <c>chsolve2.c</c> and
/// <c>chinv2.c</c> semantics (a pivot below tolerance x max diagonal is set to 0 and the matching
/// solution element to 0).
/// </summary>
internal static class CoxLinearAlgebra
{
    /// <summary>Decomposes <paramref name="m"/> in place (lower triangle holds L, diagonal D). Returns the rank; pivots set to zero are reported in <paramref name="singular"/>.</summary>
    public static int Cholesky(double[] m, int n, double toler, bool[]? singular = null)
    {
        var eps = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (m[(i * n) + i] > eps)
            {
                eps = m[(i * n) + i];
            }

            for (var j = i + 1; j < n; j++)
            {
                m[(j * n) + i] = m[(i * n) + j];
            }
        }

        eps = eps == 0 ? toler : eps * toler;
        var rank = 0;
        for (var i = 0; i < n; i++)
        {
            var pivot = m[(i * n) + i];
            if (!double.IsFinite(pivot) || pivot < eps)
            {
                m[(i * n) + i] = 0;
                if (singular is not null)
                {
                    singular[i] = true;
                }
            }
            else
            {
                rank++;
                for (var j = i + 1; j < n; j++)
                {
                    var temp = m[(j * n) + i] / pivot;
                    m[(j * n) + i] = temp;
                    m[(j * n) + j] -= temp * temp * pivot;
                    for (var k = j + 1; k < n; k++)
                    {
                        m[(k * n) + j] -= temp * m[(k * n) + i];
                    }
                }
            }
        }

        return rank;
    }

    /// <summary>Solves (LDL') y = b in place, given the output of <see cref="Cholesky"/>.</summary>
    public static void Solve(double[] m, int n, Span<double> y)
    {
        for (var i = 0; i < n; i++)
        {
            var temp = y[i];
            for (var j = 0; j < i; j++)
            {
                temp -= y[j] * m[(i * n) + j];
            }

            y[i] = temp;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var dii = m[(i * n) + i];
            if (dii == 0)
            {
                y[i] = 0;
            }
            else
            {
                var temp = y[i] / dii;
                for (var j = i + 1; j < n; j++)
                {
                    temp -= y[j] * m[(j * n) + i];
                }

                y[i] = temp;
            }
        }
    }

    /// <summary>Inverse (generalised: zero rows/columns for singular pivots) from the output of <see cref="Cholesky"/>.</summary>
    public static double[] Inverse(double[] m, int n)
    {
        var inv = new double[n * n];
        var col = new double[n];
        for (var c = 0; c < n; c++)
        {
            Array.Clear(col);
            col[c] = 1;
            Solve(m, n, col);
            for (var r = 0; r < n; r++)
            {
                inv[(r * n) + c] = m[(c * n) + c] == 0 ? 0 : col[r];
            }
        }

        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c < r; c++)
            {
                var v = 0.5 * (inv[(r * n) + c] + inv[(c * n) + r]);
                inv[(r * n) + c] = v;
                inv[(c * n) + r] = v;
            }
        }

        return inv;
    }

    /// <summary>Quadratic form b' M^- b through the Cholesky of a copy of M (R <c>coxph.wtest</c>).</summary>
    public static double QuadraticSolve(double[] matrix, int n, ReadOnlySpan<double> b, double toler)
    {
        var m = (double[])matrix.Clone();
        Cholesky(m, n, toler);
        var y = b.ToArray();
        Solve(m, n, y);
        var s = 0.0;
        for (var i = 0; i < n; i++)
        {
            s += b[i] * y[i];
        }

        return s;
    }
}
