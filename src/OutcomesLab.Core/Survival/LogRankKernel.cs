namespace OutcomesLab.Survival;

/// <summary>
/// Span kernel of the weighted, stratified k-sample log-rank statistic, following the arithmetic of
/// R survival's <c>survdiff2.c</c>. Input: subjects sorted by (stratum, time); a group map that
/// selects the groups taking part (others are skipped, which gives the pairwise sub-tests without
/// re-sorting). Works in O(n + distinct times × k) with no allocation per event.
/// </summary>
internal static class LogRankKernel
{
    /// <param name="time">Exit times sorted by stratum then time.</param>
    /// <param name="isEvent">1 = event.</param>
    /// <param name="group">Global group code per sorted subject.</param>
    /// <param name="weight">Case weight per sorted subject.</param>
    /// <param name="entry">Entry times sorted within stratum (empty = no delayed entry).</param>
    /// <param name="entryGroup">Global group code per sorted entry.</param>
    /// <param name="entryWeight">Weight per sorted entry.</param>
    /// <param name="strataOffsets">Stratum s occupies [offsets[s], offsets[s+1]) in both subject and entry arrays.</param>
    /// <param name="groupMap">Global group code → local index 0..k-1, or −1 to skip.</param>
    /// <param name="k">Number of local groups.</param>
    /// <param name="weighting">Weight function.</param>
    /// <param name="p">Exponent on Ŝ(t−) (rho for G-rho).</param>
    /// <param name="q">Exponent on 1 − Ŝ(t−).</param>
    /// <param name="obs">Output k × strata (row-major by group), zeroed by the caller.</param>
    /// <param name="exp">Output k × strata.</param>
    /// <param name="var">Output k × k, summed over strata.</param>
    public static void Accumulate(
        ReadOnlySpan<double> time,
        ReadOnlySpan<byte> isEvent,
        ReadOnlySpan<int> group,
        ReadOnlySpan<double> weight,
        ReadOnlySpan<double> entry,
        ReadOnlySpan<int> entryGroup,
        ReadOnlySpan<double> entryWeight,
        ReadOnlySpan<int> strataOffsets,
        ReadOnlySpan<int> groupMap,
        int k,
        LogRankWeighting weighting,
        double p,
        double q,
        Span<double> obs,
        Span<double> exp,
        Span<double> var)
    {
        var nStrata = strataOffsets.Length - 1;
        Span<double> risk = k <= 64 ? stackalloc double[k] : new double[k];
        Span<double> deaths = k <= 64 ? stackalloc double[k] : new double[k];
        Span<double> exits = k <= 64 ? stackalloc double[k] : new double[k];
        var hasEntry = !entry.IsEmpty;
        for (var s = 0; s < nStrata; s++)
        {
            var lo = strataOffsets[s];
            var hi = strataOffsets[s + 1];
            risk.Clear();
            if (!hasEntry)
            {
                for (var i = lo; i < hi; i++)
                {
                    var g = groupMap[group[i]];
                    if (g >= 0)
                    {
                        risk[g] += weight[i];
                    }
                }
            }

            var e = lo;
            var km = 1.0;
            var i0 = lo;
            while (i0 < hi)
            {
                var t = time[i0];
                var i1 = i0;
                deaths.Clear();
                exits.Clear();
                var any = false;
                while (i1 < hi && time[i1] == t)
                {
                    var g = groupMap[group[i1]];
                    if (g >= 0)
                    {
                        any = true;
                        exits[g] += weight[i1];
                        if (isEvent[i1] != 0)
                        {
                            deaths[g] += weight[i1];
                        }
                    }

                    i1++;
                }

                if (hasEntry)
                {
                    while (e < hi && entry[e] < t)
                    {
                        var g = groupMap[entryGroup[e]];
                        if (g >= 0)
                        {
                            risk[g] += entryWeight[e];
                        }

                        e++;
                    }
                }

                if (any)
                {
                    double nrisk = 0, d = 0;
                    for (var g = 0; g < k; g++)
                    {
                        nrisk += risk[g];
                        d += deaths[g];
                    }

                    if (d > 0 && nrisk > 0)
                    {
                        var wt = weighting switch
                        {
                            LogRankWeighting.LogRank => 1.0,
                            LogRankWeighting.GehanBreslow => nrisk,
                            LogRankWeighting.TaroneWare => Math.Sqrt(nrisk),
                            _ => (p == 0 ? 1.0 : Math.Pow(km, p)) * (q == 0 ? 1.0 : Math.Pow(1 - km, q)),
                        };
                        for (var g = 0; g < k; g++)
                        {
                            obs[(g * nStrata) + s] += deaths[g] * wt;
                            exp[(g * nStrata) + s] += wt * d * risk[g] / nrisk;
                        }

                        if (nrisk > 1)
                        {
                            var kt = wt * wt * d * (nrisk - d) / (nrisk * (nrisk - 1));
                            for (var j = 0; j < k; j++)
                            {
                                var tmp = kt * risk[j];
                                var.Slice(j * k, k)[j] += tmp;
                                for (var g = 0; g < k; g++)
                                {
                                    var[(j * k) + g] -= tmp * risk[g] / nrisk;
                                }
                            }
                        }
                    }

                    if (nrisk > 0)
                    {
                        // survdiff2.c updates its pooled KM at every distinct time.
                        km = km * (nrisk - d) / nrisk;
                    }

                    for (var g = 0; g < k; g++)
                    {
                        risk[g] -= exits[g];
                    }
                }

                i0 = i1;
            }
        }
    }
}
