using System.Runtime.CompilerServices;
using OutcomesLab.Internal;

namespace OutcomesLab.Survival.Cox;

/// <summary>
/// Concordance of the linear predictor with right-censored times and its infinitesimal-jackknife
/// variance, in O(n log n) with Fenwick trees: the algorithm of R survival's <c>concordance3.c</c>
/// (Therneau &amp; Watson 2017) with <c>timewt = "n"</c> and <c>reverse = TRUE</c> (a higher risk
/// score should die first). Pairs are formed within strata; a subject censored at a death time is
/// comparable with that death (censoring after death); pairs of deaths at one time are tied on y.
/// </summary>
internal static class CoxConcordanceKernel
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoxConcordance Compute(CoxData d, double[] eta, IReadOnlyList<int>? clusterOfSorted)
    {
        // Implementation: instead of a tree over the n risk scores walked in time order (concordance3.c),
        // walk the subjects in increasing risk score and keep Fenwick trees over the (stratum, time) keys,
        // which are few when times are tied; the counts and influence values are the same.
        var n = d.N;
        var w = d.Weight;
        using var keyBuffer = PooledArray<int>.Rent(n);
        var key = keyBuffer.Array;
        var stratumLast = new int[d.StratumStart.Length - 1];
        var stratumFirst = new int[d.StratumStart.Length - 1];
        var g = -1;
        double tiedY = 0, tiedXY = 0;
        var deadEta = new List<double>();
        var deadW = new List<double>();
        for (var s = 0; s + 1 < d.StratumStart.Length; s++)
        {
            stratumFirst[s] = 2 * (g + 1);
            for (var k = d.StratumStart[s]; k < d.StratumStart[s + 1];)
            {
                g++;
                var t = d.Stop[k];
                deadEta.Clear();
                deadW.Clear();
                for (; k < d.StratumStart[s + 1] && d.Stop[k] == t; k++)
                {
                    key[k] = (2 * g) + (d.Status[k] == 0 ? 1 : 0);
                    if (d.Status[k] != 0)
                    {
                        deadEta.Add(eta[k]);
                        deadW.Add(w[k]);
                    }
                }

                if (deadEta.Count > 1)
                {
                    (tiedY, tiedXY) = TiedPairs(deadEta, deadW, tiedY, tiedXY);
                }
            }

            stratumLast[s] = (2 * g) + 1;
        }

        var size = (2 * (g + 1)) + 1;
        var totAll = new double[size + 1];
        var totDead = new double[size + 1];
        for (var k = 0; k < n; k++)
        {
            totAll[key[k] + 1] += w[k];
            if (d.Status[k] != 0)
            {
                totDead[key[k] + 2] += w[k]; // deaths are indexed by their query point 2g+1
            }
        }

        for (var i = 1; i <= size; i++)
        {
            totAll[i] += totAll[i - 1];
            totDead[i] += totDead[i - 1];
        }

        using var idxBuffer = PooledArray<int>.Rent(n);
        using var sortedEtaBuffer = PooledArray<double>.Rent(n);
        var idx = idxBuffer.Array;
        var sortedEta = sortedEtaBuffer.Array;
        using (var etaKeys = PooledArray<ulong>.Rent(n))
        {
            var bits = RadixSort.OrderedKeys(eta, etaKeys.Span);
            RadixSort.StableOrder(etaKeys.Span, bits, idxBuffer.Span);
        }

        // Everything the sweep reads, gathered once into risk-score order, so that the sweep itself
        // (several reads and writes per subject) runs over sequential memory.
        var stratumOf = d.StratumStart.Length > 2 ? d.StratumOf : null;
        using var keyQBuffer = PooledArray<int>.Rent(n);
        using var wQBuffer = PooledArray<double>.Rent(n);
        using var deadQBuffer = PooledArray<bool>.Rent(n);
        using var sQBuffer = PooledArray<int>.Rent(stratumOf is null ? 0 : n);
        var keyQ = keyQBuffer.Array;
        var wQ = wQBuffer.Array;
        var deadQ = deadQBuffer.Array;
        var sQ = sQBuffer.Array;
        for (var q = 0; q < n; q++)
        {
            var k = idx[q];
            sortedEta[q] = eta[k];
            keyQ[q] = key[k];
            wQ[q] = w[k];
            deadQ[q] = d.Status[k] != 0;
            if (stratumOf is not null)
            {
                sQ[q] = stratumOf[k];
            }
        }

        var treeAll = new double[size + 1];
        var treeDead = new double[size + 1];
        using var icBuffer = PooledArray<double>.Rent(n, clear: true);
        using var idBuffer = PooledArray<double>.Rent(n, clear: true);
        using var itBuffer = PooledArray<double>.Rent(n, clear: true);
        var ic = icBuffer.Array;
        var id = idBuffer.Array;
        var it = itBuffer.Array;
        double conc = 0, disc = 0, tiedX = 0;
        for (var lo = 0; lo < n;)
        {
            var hi = lo + 1;
            while (hi < n && sortedEta[hi] == sortedEta[lo])
            {
                hi++;
            }

            for (var q = lo; q < hi; q++)
            {
                var s = stratumOf is null ? 0 : sQ[q];
                ic[q] = deadQ[q] ? Range(treeAll, keyQ[q] + 1, stratumLast[s]) : 0; // "below", parked in ic until the third loop
                id[q] += Range(treeDead, stratumFirst[s], keyQ[q]);
            }

            for (var q = lo; q < hi; q++)
            {
                Add(treeAll, keyQ[q], wQ[q]);
                if (deadQ[q])
                {
                    Add(treeDead, keyQ[q] + 1, wQ[q]);
                }
            }

            for (var q = lo; q < hi; q++)
            {
                var s = stratumOf is null ? 0 : sQ[q];
                var kq = keyQ[q];
                var below = ic[q];
                var leD = Range(treeDead, stratumFirst[s], kq);
                var totD = totDead[kq + 1] - totDead[stratumFirst[s]];
                it[q] += leD - id[q];
                ic[q] = 0.0 + (totD - leD);
                if (deadQ[q])
                {
                    var le = Range(treeAll, kq + 1, stratumLast[s]);
                    var tot = totAll[stratumLast[s] + 1] - totAll[kq + 1];
                    var tie = le - below;
                    var above = tot - le;
                    ic[q] += below;
                    id[q] += above;
                    it[q] += tie;
                    conc += wQ[q] * below;
                    disc += wQ[q] * above;
                    tiedX += wQ[q] * tie;
                }
            }

            lo = hi;
        }

        var npair = conc + disc + tiedX;
        var somer = (conc - disc) / npair;

        // Influence per subject, scattered back to time order: the variance is summed in that order.
        var dfb = sortedEta; // the sorted scores are no longer needed
        for (var q = 0; q < n; q++)
        {
            dfb[idx[q]] = wQ[q] * (ic[q] - id[q] - ((ic[q] + id[q] + it[q]) * somer)) / (2 * npair);
        }

        double var;
        if (clusterOfSorted is null)
        {
            var = 0;
            for (var k = 0; k < n; k++)
            {
                var += dfb[k] * dfb[k];
            }
        }
        else
        {
            var sums = new Dictionary<int, double>();
            for (var k = 0; k < n; k++)
            {
                sums[clusterOfSorted[k]] = sums.GetValueOrDefault(clusterOfSorted[k]) + dfb[k];
            }

            var = 0;
            foreach (var v in sums.Values)
            {
                var += v * v;
            }
        }

        return new CoxConcordance((somer + 1) / 2, Math.Sqrt(var), conc, disc, tiedX, tiedY - tiedXY, tiedXY);
    }

    private static (double TiedY, double TiedXY) TiedPairs(List<double> deadEta, List<double> deadW, double tiedY, double tiedXY)
    {
        double sw = 0, sw2 = 0;
        for (var q = 0; q < deadW.Count; q++)
        {
            sw += deadW[q];
            sw2 += deadW[q] * deadW[q];
        }

        tiedY += 0.5 * ((sw * sw) - sw2);
        var e = deadEta.ToArray();
        var ww = deadW.ToArray();
        Array.Sort(e, ww);
        for (var a = 0; a < e.Length;)
        {
            var b = a;
            double gw = 0, gw2 = 0;
            while (b < e.Length && e[b] == e[a])
            {
                gw += ww[b];
                gw2 += ww[b] * ww[b];
                b++;
            }

            tiedXY += 0.5 * ((gw * gw) - gw2);
            a = b;
        }

        return (tiedY, tiedXY);
    }

    /// <summary>Sum of the tree over keys [from, to] (0-based, inclusive).</summary>
    private static double Range(double[] tree, int from, int to) => to < from ? 0 : Prefix(tree, to + 1) - Prefix(tree, from);

    private static double Prefix(double[] tree, int i)
    {
        var s = 0.0;
        for (; i > 0; i -= i & -i)
        {
            s += tree[i];
        }

        return s;
    }

    private static void Add(double[] tree, int key, double v)
    {
        for (var i = key + 1; i < tree.Length; i += i & -i)
        {
            tree[i] += v;
        }
    }
}
