using System.Runtime.CompilerServices;
using OutcomesLab.Internal;

namespace OutcomesLab.Survival.Cox;

/// <summary>
/// Concordance of the linear predictor for counting-process (start, stop] data and its
/// infinitesimal-jackknife variance, as R survival's <c>concordancefit</c> with <c>concordance4.c</c>
/// (<c>timewt = "n"</c>, <c>reverse = TRUE</c>): a death at time t is compared with every row of its
/// stratum at risk at t (start &lt; t &lt;= stop); other deaths at t are tied on y; rows censored at t
/// are comparable. O(n log n) as in R: each stratum is swept from the latest time backwards with a
/// Fenwick tree over the ranks of the risk scores of the rows at risk (a row enters at its stop
/// time and leaves once the sweep passes its start time), queried at each death; a second tree
/// accumulates the deaths, and its values when a row enters and leaves the risk set give that row's
/// counts as the comparator of later deaths. The per-row counts give the variance exactly as R's
/// <c>dfbeta</c> (Therneau &amp; Watson 2017; survival vignette "Concordance").
/// </summary>
internal static class StartStopConcordance
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoxConcordance Compute(CoxData d, double[] eta, IReadOnlyList<int>? clusterOfSorted)
    {
        var n = d.N;
        var w = d.Weight;
        var start = d.Start ?? throw new ArgumentException("(start, stop] data expected.", nameof(d));
        var startOrder = d.StartOrder ?? throw new ArgumentException("(start, stop] data expected.", nameof(d));
        var status = d.Status;
        var stop = d.Stop;

        using var rankBuffer = PooledArray<int>.Rent(n);
        var rank = rankBuffer.Array;
        var m = DenseRanks(eta, n, rank);

        using var icBuffer = PooledArray<double>.Rent(n, clear: true);
        using var idBuffer = PooledArray<double>.Rent(n, clear: true);
        using var itBuffer = PooledArray<double>.Rent(n, clear: true);
        var ic = icBuffer.Array;
        var id = idBuffer.Array;
        var it = itBuffer.Array;
        var atRisk = new Tree(m);
        var deaths = new Tree(m);
        var tied = new List<(int Rank, double W)>();
        double conc = 0, disc = 0, tiedX = 0, tiedY = 0, tiedXY = 0;
        for (var s = 0; s + 1 < d.StratumStart.Length; s++)
        {
            var lo = d.StratumStart[s];
            var hi = d.StratumStart[s + 1];
            var leave = lo; // pointer into startOrder (descending start)
            for (var b = hi; b > lo;)
            {
                var t = stop[b - 1];
                var a = b - 1;
                while (a > lo && stop[a - 1] == t)
                {
                    a--;
                }

                // Rows whose interval starts at or after t are no longer at risk: close their counts.
                while (leave < hi && start[startOrder[leave]] >= t)
                {
                    var k = startOrder[leave++];
                    atRisk.Add(rank[k], -w[k]);
                    deaths.Accumulate(rank[k], 1, ic, id, it, k);
                }

                // Censored at t: comparable with the deaths at t and with later (in the sweep: earlier) deaths.
                for (var k = a; k < b; k++)
                {
                    if (status[k] == 0)
                    {
                        atRisk.Add(rank[k], w[k]);
                        deaths.Accumulate(rank[k], -1, ic, id, it, k);
                    }
                }

                tied.Clear();
                for (var k = a; k < b; k++)
                {
                    if (status[k] == 0)
                    {
                        continue;
                    }

                    var q = rank[k];
                    var below = atRisk.Below(q);
                    var tie = atRisk.Point[q];
                    var above = atRisk.Total - below - tie;
                    ic[k] += below;
                    id[k] += above;
                    it[k] += tie;
                    conc += w[k] * below;
                    disc += w[k] * above;
                    tiedX += w[k] * tie;
                    tied.Add((q, w[k]));
                }

                if (tied.Count > 0)
                {
                    (tiedY, tiedXY) = TiedPairs(tied, tiedY, tiedXY);
                    foreach (var (q, wk) in tied)
                    {
                        deaths.Add(q, wk);
                    }

                    // Deaths join the risk set after the deaths at their own time are in the tree.
                    for (var k = a; k < b; k++)
                    {
                        if (status[k] != 0)
                        {
                            atRisk.Add(rank[k], w[k]);
                            deaths.Accumulate(rank[k], -1, ic, id, it, k);
                        }
                    }
                }

                b = a;
            }

            // Rows still at risk at the start of the stratum; then empty both trees for the next one.
            for (; leave < hi; leave++)
            {
                var k = startOrder[leave];
                atRisk.Add(rank[k], -w[k]);
                deaths.Accumulate(rank[k], 1, ic, id, it, k);
            }

            for (var k = lo; k < hi; k++)
            {
                atRisk.Clear(rank[k]);
                deaths.Clear(rank[k]);
            }
        }

        var npair = conc + disc + tiedX;
        var somer = (conc - disc) / npair;
        var sums = new Dictionary<int, double>();
        var var = 0.0;
        for (var k = 0; k < n; k++)
        {
            var dfb = w[k] * (ic[k] - id[k] - ((ic[k] + id[k] + it[k]) * somer)) / (2 * npair);
            if (clusterOfSorted is null)
            {
                var += dfb * dfb;
            }
            else
            {
                sums[clusterOfSorted[k]] = sums.GetValueOrDefault(clusterOfSorted[k]) + dfb;
            }
        }

        foreach (var v in sums.Values)
        {
            var += v * v;
        }

        return new CoxConcordance((somer + 1) / 2, Math.Sqrt(var), conc, disc, tiedX, tiedY - tiedXY, tiedXY);
    }

    /// <summary>Dense ranks 0..m-1 of the risk scores (equal scores share a rank); returns m.</summary>
    private static int DenseRanks(double[] eta, int n, int[] rank)
    {
        using var order = PooledArray<int>.Rent(n);
        using (var keys = PooledArray<ulong>.Rent(n))
        {
            var bits = RadixSort.OrderedKeys(eta.AsSpan(0, n), keys.Span);
            RadixSort.StableOrder(keys.Span, bits, order.Span);
        }

        var m = 0;
        for (var q = 0; q < n; q++)
        {
            var k = order.Array[q];
            if (q > 0 && eta[k] != eta[order.Array[q - 1]])
            {
                m++;
            }

            rank[k] = m;
        }

        return n == 0 ? 0 : m + 1;
    }

    private static (double TiedY, double TiedXY) TiedPairs(List<(int Rank, double W)> dead, double tiedY, double tiedXY)
    {
        double sw = 0, sw2 = 0;
        foreach (var (_, wk) in dead)
        {
            sw += wk;
            sw2 += wk * wk;
        }

        tiedY += 0.5 * ((sw * sw) - sw2);
        dead.Sort((x, y) => x.Rank.CompareTo(y.Rank));
        for (var a = 0; a < dead.Count;)
        {
            var b = a;
            double gw = 0, gw2 = 0;
            while (b < dead.Count && dead[b].Rank == dead[a].Rank)
            {
                gw += dead[b].W;
                gw2 += dead[b].W * dead[b].W;
                b++;
            }

            tiedXY += 0.5 * ((gw * gw) - gw2);
            a = b;
        }

        return (tiedY, tiedXY);
    }

    /// <summary>Fenwick tree of weights over risk-score ranks, with the weight at each rank and the total.</summary>
    private sealed class Tree(int m)
    {
        private readonly double[] tree = new double[m + 1];

        public double[] Point { get; } = new double[m];

        public double Total { get; private set; }

        public void Add(int q, double v)
        {
            Point[q] += v;
            Total += v;
            for (var i = q + 1; i < tree.Length; i += i & -i)
            {
                tree[i] += v;
            }
        }

        /// <summary>Weight at ranks below <paramref name="q"/>.</summary>
        public double Below(int q)
        {
            var s = 0.0;
            for (var i = q; i > 0; i -= i & -i)
            {
                s += tree[i];
            }

            return s;
        }

        /// <summary>
        /// Adds sign x (the tree's weight above, below and at rank q) to row k's concordant, discordant
        /// and tied counts: -1 when the row enters the risk set, +1 when it leaves.
        /// </summary>
        public void Accumulate(int q, int sign, double[] ic, double[] id, double[] it, int k)
        {
            var below = Below(q);
            var tie = Point[q];
            var above = Total - below - tie;
            ic[k] += sign * above;
            id[k] += sign * below;
            it[k] += sign * tie;
        }

        // Zeroes the entries a row of rank q touched (clears a stratum in O(rows log m) rather than
        // O(m), and drops the rounding residue that non-dyadic weights leave after the removals).
        public void Clear(int q)
        {
            Point[q] = 0;
            Total = 0;
            for (var i = q + 1; i < tree.Length; i += i & -i)
            {
                tree[i] = 0;
            }
        }
    }
}
