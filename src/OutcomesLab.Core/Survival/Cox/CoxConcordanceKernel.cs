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
    public static CoxConcordance Compute(CoxData d, double[] eta, IReadOnlyList<int>? clusterOfSorted)
    {
        var n = d.N;
        var sortedVals = (double[])eta.Clone();
        Array.Sort(sortedVals);
        var m = 0;
        for (var k = 0; k < n; k++)
        {
            if (k == 0 || sortedVals[k] != sortedVals[m - 1])
            {
                sortedVals[m++] = sortedVals[k];
            }
        }

        var rank = new int[n];
        for (var k = 0; k < n; k++)
        {
            rank[k] = Array.BinarySearch(sortedVals, 0, m, eta[k]) + 1; // 1-based
        }

        var treeA = new double[m + 1];
        var treeD = new double[m + 1];
        var pointA = new double[m + 1];
        var pointD = new double[m + 1];
        var ic = new double[n];
        var id = new double[n];
        var it = new double[n];
        double conc = 0, disc = 0, tiedX = 0, tiedY = 0, tiedXY = 0;
        var w = d.Weight;
        var deadIdx = new List<int>();
        for (var s = 0; s + 1 < d.StratumStart.Length; s++)
        {
            var lo = d.StratumStart[s];
            var hi = d.StratumStart[s + 1];
            Array.Clear(treeA);
            Array.Clear(treeD);
            Array.Clear(pointA);
            Array.Clear(pointD);
            double totA = 0, totD = 0;
            var i = hi - 1;
            while (i >= lo)
            {
                var t = d.Stop[i];
                deadIdx.Clear();
                for (; i >= lo && d.Stop[i] == t; i--)
                {
                    if (d.Status[i] == 0)
                    {
                        var r = rank[i];
                        var below = Prefix(treeD, r - 1);
                        var tie = pointD[r];
                        ic[i] -= totD - below - tie;
                        id[i] -= below;
                        it[i] -= tie;
                        Add(treeA, pointA, r, w[i]);
                        totA += w[i];
                    }
                    else
                    {
                        deadIdx.Add(i);
                    }
                }

                if (deadIdx.Count == 0)
                {
                    continue;
                }

                foreach (var k in deadIdx)
                {
                    var r = rank[k];
                    var below = Prefix(treeA, r - 1);
                    var tie = pointA[r];
                    var above = totA - below - tie;
                    ic[k] += below;
                    id[k] += above;
                    it[k] += tie;
                    conc += w[k] * below;
                    disc += w[k] * above;
                    tiedX += w[k] * tie;
                    Add(treeD, pointD, r, w[k]);
                    totD += w[k];
                }

                foreach (var k in deadIdx)
                {
                    var r = rank[k];
                    var below = Prefix(treeD, r - 1);
                    var tie = pointD[r];
                    ic[k] -= totD - below - tie;
                    id[k] -= below;
                    it[k] -= tie;
                }

                foreach (var k in deadIdx)
                {
                    Add(treeA, pointA, rank[k], w[k]);
                    totA += w[k];
                }

                // pairs of deaths tied on time, and on time and x
                if (deadIdx.Count > 1)
                {
                    double sw = 0, sw2 = 0;
                    foreach (var k in deadIdx)
                    {
                        sw += w[k];
                        sw2 += w[k] * w[k];
                    }

                    tiedY += 0.5 * ((sw * sw) - sw2);
                    deadIdx.Sort((p1, p2) => rank[p1].CompareTo(rank[p2]));
                    var g = 0;
                    while (g < deadIdx.Count)
                    {
                        var h = g;
                        double gw = 0, gw2 = 0;
                        while (h < deadIdx.Count && rank[deadIdx[h]] == rank[deadIdx[g]])
                        {
                            gw += w[deadIdx[h]];
                            gw2 += w[deadIdx[h]] * w[deadIdx[h]];
                            h++;
                        }

                        tiedXY += 0.5 * ((gw * gw) - gw2);
                        g = h;
                    }
                }
            }

            for (var k = lo; k < hi; k++)
            {
                var r = rank[k];
                var below = Prefix(treeD, r - 1);
                var tie = pointD[r];
                ic[k] += totD - below - tie;
                id[k] += below;
                it[k] += tie;
            }
        }

        var npair = conc + disc + tiedX;
        var somer = (conc - disc) / npair;
        double var;
        if (clusterOfSorted is null)
        {
            var = 0;
            for (var k = 0; k < n; k++)
            {
                var dfb = w[k] * (ic[k] - id[k] - ((ic[k] + id[k] + it[k]) * somer)) / (2 * npair);
                var += dfb * dfb;
            }
        }
        else
        {
            var sums = new Dictionary<int, double>();
            for (var k = 0; k < n; k++)
            {
                var dfb = w[k] * (ic[k] - id[k] - ((ic[k] + id[k] + it[k]) * somer)) / (2 * npair);
                sums[clusterOfSorted[k]] = sums.GetValueOrDefault(clusterOfSorted[k]) + dfb;
            }

            var = 0;
            foreach (var v in sums.Values)
            {
                var += v * v;
            }
        }

        return new CoxConcordance((somer + 1) / 2, Math.Sqrt(var), conc, disc, tiedX, tiedY - tiedXY, tiedXY);
    }

    private static double Prefix(double[] tree, int i)
    {
        var s = 0.0;
        for (; i > 0; i -= i & -i)
        {
            s += tree[i];
        }

        return s;
    }

    private static void Add(double[] tree, double[] point, int i, double v)
    {
        point[i] += v;
        for (; i < tree.Length; i += i & -i)
        {
            tree[i] += v;
        }
    }
}
