namespace OutcomesLab.Inference;

/// <summary>Adjusts p-values for multiple comparisons exactly as R's <c>stats::p.adjust</c>.</summary>
public static class PValueAdjustment
{
    /// <summary>
    /// Adjusts <paramref name="p"/> with <paramref name="method"/>. NaN entries (R's <c>NA</c>) are
    /// kept as NaN and do not count towards the number of comparisons, as in R.
    /// </summary>
    /// <param name="p">The unadjusted p-values, each in [0, 1] or NaN.</param>
    /// <param name="method">The adjustment (R's <c>method</c>); the default <see cref="PAdjustMethod.Holm"/> is R's.</param>
    /// <returns>The adjusted p-values in the input order.</returns>
    /// <exception cref="ArgumentException">A p-value is outside [0, 1].</exception>
    public static double[] Adjust(IReadOnlyList<double> p, PAdjustMethod method = PAdjustMethod.Holm)
    {
        ArgumentNullException.ThrowIfNull(p);
        var result = new double[p.Count];
        var idx = new List<int>(p.Count);
        for (var i = 0; i < p.Count; i++)
        {
            result[i] = p[i];
            if (double.IsNaN(p[i]))
            {
                continue;
            }

            if (p[i] < 0 || p[i] > 1)
            {
                throw new ArgumentException(
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"p[{i}] is {p[i]:R}: expected a probability in [0, 1] or NaN for a missing value."),
                    nameof(p));
            }

            idx.Add(i);
        }

        var n = idx.Count;
        if (n <= 1)
        {
            return result;
        }

        var v = new double[n];
        for (var k = 0; k < n; k++)
        {
            v[k] = p[idx[k]];
        }

        if (n == 2 && method == PAdjustMethod.Hommel)
        {
            method = PAdjustMethod.Hochberg;
        }

        var adj = method switch
        {
            PAdjustMethod.None => v,
            PAdjustMethod.Bonferroni => Array.ConvertAll(v, x => Math.Min(1.0, n * x)),
            PAdjustMethod.Holm => Holm(v),
            PAdjustMethod.Hochberg => StepUp(v, (i, nn) => nn + 1 - i),
            PAdjustMethod.BenjaminiHochberg => StepUp(v, (i, nn) => (double)nn / i),
            PAdjustMethod.BenjaminiYekutieli => StepUp(v, (i, nn) => HarmonicSum(nn) * nn / i),
            PAdjustMethod.Hommel => Hommel(v),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown p-value adjustment method."),
        };
        for (var k = 0; k < n; k++)
        {
            result[idx[k]] = adj[k];
        }

        return result;
    }

    private static double HarmonicSum(int n)
    {
        var q = 0.0;
        for (var k = 1; k <= n; k++)
        {
            q += 1.0 / k;
        }

        return q;
    }

    // Stable ascending order of the values (R's order(), ties keep input order).
    private static int[] OrderAscending(double[] v)
    {
        var o = new int[v.Length];
        for (var i = 0; i < o.Length; i++)
        {
            o[i] = i;
        }

        Array.Sort(o, (a, b) => v[a] != v[b] ? v[a].CompareTo(v[b]) : a.CompareTo(b));
        return o;
    }

    private static int[] OrderDescending(double[] v)
    {
        var o = new int[v.Length];
        for (var i = 0; i < o.Length; i++)
        {
            o[i] = i;
        }

        Array.Sort(o, (a, b) => v[a] != v[b] ? v[b].CompareTo(v[a]) : a.CompareTo(b));
        return o;
    }

    // holm: pmin(1, cummax((n - i + 1) * p[o]))[ro], i = 1..n, o = order(p)
    private static double[] Holm(double[] v)
    {
        var n = v.Length;
        var o = OrderAscending(v);
        var res = new double[n];
        var run = double.NegativeInfinity;
        for (var k = 0; k < n; k++)
        {
            run = Math.Max(run, (n - (k + 1) + 1) * v[o[k]]);
            res[o[k]] = Math.Min(1.0, run);
        }

        return res;
    }

    // hochberg / BH / BY: i = n:1, o = order(p, decreasing = TRUE), pmin(1, cummin(factor(i) * p[o]))[ro]
    private static double[] StepUp(double[] v, Func<int, int, double> factor)
    {
        var n = v.Length;
        var o = OrderDescending(v);
        var res = new double[n];
        var run = double.PositiveInfinity;
        for (var k = 0; k < n; k++)
        {
            var i = n - k;
            run = Math.Min(run, factor(i, n) * v[o[k]]);
            res[o[k]] = Math.Min(1.0, run);
        }

        return res;
    }

    // R's hommel branch of p.adjust, translated index for index (1-based comments).
    private static double[] Hommel(double[] v)
    {
        var n = v.Length;
        var o = OrderAscending(v);
        var p = new double[n];
        for (var k = 0; k < n; k++)
        {
            p[k] = v[o[k]];
        }

        var init = double.PositiveInfinity;
        for (var i = 1; i <= n; i++)
        {
            init = Math.Min(init, n * p[i - 1] / i);
        }

        var q = new double[n];
        var pa = new double[n];
        Array.Fill(q, init);
        Array.Fill(pa, init);
        for (var m = n - 1; m >= 2; m--)
        {
            // i1 = 1..(n-m+1), i2 = (n-m+2)..n
            var q1 = double.PositiveInfinity;
            for (var i = n - m + 2; i <= n; i++)
            {
                q1 = Math.Min(q1, m * p[i - 1] / (i - (n - m + 2) + 2));
            }

            for (var i = 1; i <= n - m + 1; i++)
            {
                q[i - 1] = Math.Min(m * p[i - 1], q1);
            }

            var qAnchor = q[n - m];
            for (var i = n - m + 2; i <= n; i++)
            {
                q[i - 1] = qAnchor;
            }

            for (var i = 0; i < n; i++)
            {
                pa[i] = Math.Max(pa[i], q[i]);
            }
        }

        var res = new double[n];
        for (var k = 0; k < n; k++)
        {
            res[o[k]] = Math.Max(pa[k], p[k]);
        }

        return res;
    }
}
