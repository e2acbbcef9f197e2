namespace OutcomesLab.Survival.Cox;

/// <summary>
/// Per event time (within strata, ascending) the Breslow/Efron hazard increments of the fitted
/// model at the centring point, and the running means needed for residuals and curves: R survival
/// <c>coxscore2.c</c>, <c>coxmart.c</c> and <c>agsurv5.c</c>. Covariates are on the original
/// (centred, unscaled) scale.
/// </summary>
internal sealed class CoxHazardTable
{
    public int P { get; private init; }

    /// <summary>Event-time index range of stratum s: [Offset[s], Offset[s+1]).</summary>
    public int[] Offset { get; private init; } = [];

    public double[] Time { get; private init; } = [];

    /// <summary>Hazard increment (sum of the Efron pieces).</summary>
    public double[] DHaz { get; private init; } = [];

    /// <summary>Sum over the Efron pieces of xbar * hazard (p per time).</summary>
    public double[] DXHaz { get; private init; } = [];

    /// <summary>Efron: hazard the deaths at this time do not receive: sum downwt * hazard.</summary>
    public double[] EHaz { get; private init; } = [];

    /// <summary>Efron: sum downwt * hazard * xbar (p per time).</summary>
    public double[] EXHaz { get; private init; } = [];

    /// <summary>Mean of xbar over the Efron pieces: the Schoenfeld centring of the deaths (p per time).</summary>
    public double[] XBarDeath { get; private init; } = [];

    /// <summary>Variance increment of the hazard: sum wtave / denom^2 over the pieces.</summary>
    public double[] DVar { get; private init; } = [];

    public double[] NRisk { get; private init; } = [];

    public double[] NEvent { get; private init; } = [];

    public double[] NCensor { get; private init; } = [];

    public static CoxHazardTable Build(CoxData d, double[] risk, bool efron)
    {
        var p = d.P;
        var times = new List<double>();
        var dh = new List<double>();
        var eh = new List<double>();
        var dv = new List<double>();
        var nr = new List<double>();
        var ne = new List<double>();
        var nc = new List<double>();
        var dxh = new List<double>();
        var exh = new List<double>();
        var xbd = new List<double>();
        var offset = new int[d.StratumStart.Length];
        var a = new double[p];
        var a2 = new double[p];
        var xb = new double[p];
        var x = d.X;
        for (var s = 0; s + 1 < d.StratumStart.Length; s++)
        {
            offset[s] = times.Count;
            var lo = d.StratumStart[s];
            var hi = d.StratumStart[s + 1];
            var denom = 0.0;
            var nrisk = 0.0;
            Array.Clear(a);
            var remove = lo;
            var i = hi - 1;
            var firstIdx = times.Count;
            var pendingCensor = 0.0;
            while (i >= lo)
            {
                var t = d.Stop[i];
                var dead = 0;
                var deadWt = 0.0;
                var eDenom = 0.0;
                var cens = 0.0;
                Array.Clear(a2);
                for (; i >= lo && d.Stop[i] == t; i--)
                {
                    var r = risk[i];
                    denom += r;
                    nrisk += d.Weight[i];
                    for (var j = 0; j < p; j++)
                    {
                        a[j] += r * x[(i * p) + j];
                    }

                    if (d.Status[i] != 0)
                    {
                        dead++;
                        deadWt += d.Weight[i];
                        eDenom += r;
                        for (var j = 0; j < p; j++)
                        {
                            a2[j] += r * x[(i * p) + j];
                        }
                    }
                    else
                    {
                        cens += d.Weight[i];
                    }
                }

                if (d.Start is not null && d.StartOrder is not null)
                {
                    while (remove < hi && d.Start[d.StartOrder[remove]] >= t)
                    {
                        var k = d.StartOrder[remove];
                        denom -= risk[k];
                        nrisk -= d.Weight[k];
                        for (var j = 0; j < p; j++)
                        {
                            a[j] -= risk[k] * x[(k * p) + j];
                        }

                        remove++;
                    }
                }

                if (dead == 0)
                {
                    pendingCensor += cens;
                    continue;
                }

                // censorings after this event time and before the next one belong to this row
                cens += pendingCensor;
                pendingCensor = 0;
                var pieces = efron ? dead : 1;
                var wtave = deadWt / pieces;
                double hz = 0, ehz = 0, vr = 0;
                Array.Clear(xb);
                var dxStart = dxh.Count;
                for (var j = 0; j < p; j++)
                {
                    dxh.Add(0);
                    exh.Add(0);
                    xbd.Add(0);
                }

                for (var k = 0; k < pieces; k++)
                {
                    var downwt = (double)k / pieces;
                    var den = denom - (downwt * eDenom);
                    var h = wtave / den;
                    hz += h;
                    ehz += downwt * h;
                    vr += wtave / (den * den);
                    for (var j = 0; j < p; j++)
                    {
                        var xbar = (a[j] - (downwt * a2[j])) / den / d.Scale[j];
                        dxh[dxStart + j] += xbar * h;
                        exh[dxStart + j] += downwt * h * xbar;
                        xbd[dxStart + j] += xbar / pieces;
                    }
                }

                times.Add(t);
                dh.Add(hz);
                eh.Add(ehz);
                dv.Add(vr);
                nr.Add(nrisk);
                ne.Add(deadWt);
                nc.Add(cens);
            }

            // reverse this stratum's rows into ascending time
            var cnt = times.Count - firstIdx;
            times.Reverse(firstIdx, cnt);
            dh.Reverse(firstIdx, cnt);
            eh.Reverse(firstIdx, cnt);
            dv.Reverse(firstIdx, cnt);
            nr.Reverse(firstIdx, cnt);
            ne.Reverse(firstIdx, cnt);
            nc.Reverse(firstIdx, cnt);
            ReverseBlocks(dxh, firstIdx, cnt, p);
            ReverseBlocks(exh, firstIdx, cnt, p);
            ReverseBlocks(xbd, firstIdx, cnt, p);
        }

        offset[^1] = times.Count;
        return new CoxHazardTable
        {
            P = p,
            Offset = offset,
            Time = [.. times],
            DHaz = [.. dh],
            EHaz = [.. eh],
            DVar = [.. dv],
            NRisk = [.. nr],
            NEvent = [.. ne],
            NCensor = [.. nc],
            DXHaz = [.. dxh],
            EXHaz = [.. exh],
            XBarDeath = [.. xbd],
        };
    }

    /// <summary>Index of the last event time &lt;= t in stratum s, or Offset[s]-1 when none.</summary>
    public int LastAtOrBefore(int s, double t)
    {
        int lo = Offset[s], hi = Offset[s + 1] - 1, ans = Offset[s] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Time[mid] <= t)
            {
                ans = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ans;
    }

    private static void ReverseBlocks(List<double> list, int first, int count, int p)
    {
        for (int lo = first, hi = first + count - 1; lo < hi; lo++, hi--)
        {
            for (var j = 0; j < p; j++)
            {
                (list[(lo * p) + j], list[(hi * p) + j]) = (list[(hi * p) + j], list[(lo * p) + j]);
            }
        }
    }
}
