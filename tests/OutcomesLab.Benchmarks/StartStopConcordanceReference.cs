using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// The previous O(events x risk set) implementation of <see cref="StartStopConcordance"/>, kept as the
/// reference the fingerprint mode compares the O(n log n) one with. Concordance of the linear predictor for counting-process (start, stop] data and its
/// infinitesimal-jackknife variance, as R survival's <c>concordancefit</c> with <c>concordance4.c</c>
/// (<c>timewt = "n"</c>, <c>reverse = TRUE</c>): a death at time t is compared with every row of its
/// stratum at risk at t (start &lt; t &lt;= stop); other deaths at t are tied on y; rows censored at t
/// are comparable. Pairs are enumerated per death time (O(events x risk set)); the per-row influence
/// counts give the variance exactly as R's <c>dfbeta</c> (Therneau &amp; Watson 2017; survival vignette
/// "Concordance").
/// </summary>
internal static class StartStopConcordanceReference
{
    public static CoxConcordance Compute(CoxData d, double[] eta, IReadOnlyList<int>? clusterOfSorted)
    {
        var n = d.N;
        var w = d.Weight;
        var start = d.Start ?? throw new ArgumentException("(start, stop] data expected.", nameof(d));
        var ic = new double[n];
        var id = new double[n];
        var it = new double[n];
        double conc = 0, disc = 0, tiedX = 0, tiedY = 0, tiedXY = 0;
        for (var s = 0; s + 1 < d.StratumStart.Length; s++)
        {
            var lo = d.StratumStart[s];
            var hi = d.StratumStart[s + 1];
            for (var a = lo; a < hi;)
            {
                var t = d.Stop[a];
                var b = a;
                while (b < hi && d.Stop[b] == t)
                {
                    b++;
                }

                for (var i = a; i < b; i++)
                {
                    if (d.Status[i] == 0)
                    {
                        continue;
                    }

                    // deaths at t: tied on y (counted once per pair)
                    for (var j = i + 1; j < b; j++)
                    {
                        if (d.Status[j] != 0)
                        {
                            var ww = w[i] * w[j];
                            tiedY += ww;
                            if (eta[i] == eta[j])
                            {
                                tiedXY += ww;
                            }
                        }
                    }

                    // comparable rows: censored at t, or at risk at t with a later stop
                    for (var j = a; j < hi; j++)
                    {
                        if (j == i || (j < b && d.Status[j] != 0) || !(start[j] < t))
                        {
                            continue;
                        }

                        if (eta[i] > eta[j])
                        {
                            conc += w[i] * w[j];
                            ic[i] += w[j];
                            ic[j] += w[i];
                        }
                        else if (eta[i] < eta[j])
                        {
                            disc += w[i] * w[j];
                            id[i] += w[j];
                            id[j] += w[i];
                        }
                        else
                        {
                            tiedX += w[i] * w[j];
                            it[i] += w[j];
                            it[j] += w[i];
                        }
                    }
                }

                a = b;
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
}
