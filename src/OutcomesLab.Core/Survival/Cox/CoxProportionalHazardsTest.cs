using System.Collections.Immutable;

namespace OutcomesLab.Survival.Cox;

/// <summary>
/// Test of proportional hazards as R survival 3.x's <c>cox.zph</c>: for each term a score test of
/// beta(t) = beta + theta g(t) at (beta-hat, theta = 0), using the full 2p x 2p information of the
/// expanded model (port of <c>zph1.c</c> for right-censored and <c>zph2.c</c> for (start, stop] data), plus the global test and the scaled Schoenfeld residuals.
/// This is the survival &gt;= 3.0 algorithm, not the Grambsch–Therneau (1994) approximation of
/// survival 2.x, SAS or Stata. Reference: Therneau &amp; Grambsch (2000), section 6.2; R <c>?cox.zph</c>.
/// </summary>
public static class CoxProportionalHazardsTest
{
    /// <summary>Runs the test on a fitted model.</summary>
    /// <param name="fit">A model from <see cref="CoxRegression.Fit"/>, right-censored (R's <c>zph1</c>) or (start, stop] (R's <c>zph2</c>) data. Aliased (NA) columns are left out, and terms without any other column with them, as R's <c>cox.zph</c> does (the test is that of the model refitted without them).</param>
    /// <param name="transform">Time transform; default Kaplan–Meier as R.</param>
    /// <returns>Per-term and global tests, event times, g(t), scaled Schoenfeld residuals.</returns>
    public static CoxPhTestResult Test(CoxResult fit, CoxPhTransform transform = CoxPhTransform.KaplanMeier)
    {
        ArgumentNullException.ThrowIfNull(fit);

        // cox.zph drops the aliased (NA) columns, and terms left without columns, before testing.
        if (fit.State.Reduced is { } reduced)
        {
            return Test(reduced.Value, transform);
        }

        var st = fit.State;
        var d = st.Data;
        var n = d.N;
        var p = d.P;
        var g = TransformTimes(d, transform);
        double meanG = 0;
        var nEvent = 0;
        for (var k = 0; k < n; k++)
        {
            if (d.Status[k] != 0)
            {
                meanG += g[k];
                nEvent++;
            }
        }

        meanG /= nEvent;
        var p2 = 2 * p;
        var u = new double[p2];
        var imat = new double[p2 * p2];
        var schoenByPos = new double[n * p];
        var nStrata = d.StratumStart.Length - 1;
        var used = new int[nStrata * p];
        var xc = new double[n * p];
        for (var k = 0; k < n; k++)
        {
            for (var j = 0; j < p; j++)
            {
                xc[(k * p) + j] = st.Xc(k, j);
            }
        }

        for (var s = 0; s < nStrata; s++)
        {
            var lo = d.StratumStart[s];
            var hi = d.StratumStart[s + 1];
            var deadInStratum = 0;
            for (var k = lo; k < hi; k++)
            {
                deadInStratum += d.Status[k];
            }

            for (var j = 0; j < p; j++)
            {
                for (var k = lo + 1; k < hi; k++)
                {
                    if (xc[(k * p) + j] != xc[(lo * p) + j])
                    {
                        used[(s * p) + j] = deadInStratum;
                        break;
                    }
                }
            }
        }

        var acc = new Accumulator(p, st.Efron, u, imat, schoenByPos, xc, d.Weight, st.Risk);
        if (d.Start is null)
        {
            AccumulateRightCensored(d, g, meanG, acc);
        }
        else
        {
            AccumulateCountingProcess(d, g, meanG, acc);
        }

        // Event order of R's output: (stratum, time) ascending; tied events by row ascending for
        // right-censored data (zph1, order(istrat, time)) and descending for (start, stop] data
        // (zph2, rev(order(-istrat, -stop))).
        var eventRow = new int[nEvent];
        var schoen = new double[nEvent * p];
        var ev = 0;
        for (var lo = 0; lo < n;)
        {
            var hi = lo + 1;
            while (hi < n && d.Stop[hi] == d.Stop[lo] && d.StratumOf[hi] == d.StratumOf[lo])
            {
                hi++;
            }

            for (var m = 0; m < hi - lo; m++)
            {
                var k = d.Start is null ? lo + m : hi - 1 - m;
                if (d.Status[k] == 0)
                {
                    continue;
                }

                eventRow[ev] = k;
                Array.Copy(schoenByPos, k * p, schoen, ev * p, p);
                ev++;
            }

            lo = hi;
        }

        // Fill the symmetric 2p x 2p matrix (zph1.c's final loops).
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < i; j++)
            {
                imat[(i * p2) + j] = imat[(j * p2) + i];
                imat[(i * p2) + j + p] = imat[(j * p2) + i + p];
                imat[((i + p) * p2) + j + p] = imat[((j + p) * p2) + i + p];
            }
        }

        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                imat[((i + p) * p2) + j] = imat[(j * p2) + i + p];
            }
        }

        var terms = fit.Terms;
        var tests = ImmutableArray.CreateBuilder<CoxPhTermTest>(terms.Length);
        foreach (var term in terms)
        {
            var kk = new List<int>();
            for (var j = 0; j < p; j++)
            {
                kk.Add(j);
            }

            foreach (var c in term.Columns)
            {
                kk.Add(c + p);
            }

            var chi = QuadForm(imat, p2, u, kk, p);
            tests.Add(new CoxPhTermTest(term.Name, chi, term.Columns.Length, CoxRegression.ChiSquareUpper(chi, term.Columns.Length)));
        }

        var all = Enumerable.Range(0, p2).ToList();
        var gchi = QuadForm(imat, p2, u, all, p);
        var global = new CoxPhTermTest("GLOBAL", gchi, p, CoxRegression.ChiSquareUpper(gchi, p));

        // Scaled Schoenfeld residuals (cox.zph R code).
        var wtmat = new double[p * p];
        for (var s = 0; s < nStrata; s++)
        {
            for (var j = 0; j < p; j++)
            {
                for (var k = 0; k < p; k++)
                {
                    wtmat[(j * p) + k] += Math.Min(used[(s * p) + j], used[(s * p) + k]);
                }
            }
        }

        var vmean = new double[p * p];
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k < p; k++)
            {
                var wv = wtmat[(j * p) + k];
                vmean[(j * p) + k] = imat[(j * p2) + k] / (wv == 0 ? 1 : wv);
            }
        }

        var nTerm = terms.Length;
        var multi = terms.Any(t => t.Columns.Length > 1);
        var tmat = new double[p * nTerm];
        var beta = st.Beta;
        for (var ti = 0; ti < nTerm; ti++)
        {
            foreach (var c in terms[ti].Columns)
            {
                tmat[(c * nTerm) + ti] = terms[ti].Columns.Length == 1 ? 1 : beta[c];
            }
        }

        var q = multi ? nTerm : p;
        var vm = multi ? Sandwich(tmat, vmean, p, nTerm) : vmean;
        var usedQ = new int[nStrata * q];
        for (var s = 0; s < nStrata; s++)
        {
            for (var ti = 0; ti < q; ti++)
            {
                usedQ[(s * q) + ti] = used[(s * p) + (multi ? terms[ti].Columns[0] : ti)];
            }
        }

        var y = new double?[nEvent][];
        for (var e = 0; e < nEvent; e++)
        {
            var s = d.StratumOf[eventRow[e]];
            var r = new double[q];
            for (var ti = 0; ti < q; ti++)
            {
                if (multi)
                {
                    for (var j = 0; j < p; j++)
                    {
                        r[ti] += schoen[(e * p) + j] * tmat[(j * nTerm) + ti];
                    }
                }
                else
                {
                    r[ti] = schoen[(e * p) + ti];
                }
            }

            var ks = Enumerable.Range(0, q).Where(k => usedQ[(s * q) + k] > 0).ToArray();
            var row = new double?[q];
            if (ks.Length > 0)
            {
                var sub = new double[ks.Length * ks.Length];
                for (var i1 = 0; i1 < ks.Length; i1++)
                {
                    for (var i2 = 0; i2 < ks.Length; i2++)
                    {
                        sub[(i1 * ks.Length) + i2] = vm[(ks[i1] * q) + ks[i2]];
                    }
                }

                var rhs = ks.Select(k => r[k]).ToArray();
                CoxLinearAlgebra.Cholesky(sub, ks.Length, 1e-300);
                CoxLinearAlgebra.Solve(sub, ks.Length, rhs);
                for (var i1 = 0; i1 < ks.Length; i1++)
                {
                    row[ks[i1]] = rhs[i1];
                }
            }

            for (var ti = 0; ti < q; ti++)
            {
                if (row[ti] is double v)
                {
                    row[ti] = v + (multi && terms[ti].Columns.Length > 1 ? 1 : beta[multi ? terms[ti].Columns[0] : ti]);
                }
            }

            y[e] = row;
        }

        var vcopy = (double[])vm.Clone();
        CoxLinearAlgebra.Cholesky(vcopy, q, 1e-300);
        var vinv = CoxLinearAlgebra.Inverse(vcopy, q);
        return new CoxPhTestResult(
            transform,
            tests.MoveToImmutable(),
            global,
            [.. eventRow.Select(k => d.Stop[k])],
            [.. eventRow.Select(k => g[k])],
            [.. y.Select(r => r.ToImmutableArray())],
            CoxRegression.ToRows(vinv, q));
    }

    private static double[] TransformTimes(CoxData d, CoxPhTransform transform)
    {
        var n = d.N;
        var g = new double[n];
        switch (transform)
        {
            case CoxPhTransform.Identity:
                Array.Copy(d.Stop, g, n);
                break;
            case CoxPhTransform.Rank:
                {
                    var ord = Enumerable.Range(0, n).OrderBy(k => d.Stop[k]).ToArray();
                    for (var lo = 0; lo < n;)
                    {
                        var hi = lo + 1;
                        while (hi < n && d.Stop[ord[hi]] == d.Stop[ord[lo]])
                        {
                            hi++;
                        }

                        var rank = (lo + 1 + hi) / 2.0;
                        for (var k = lo; k < hi; k++)
                        {
                            g[ord[k]] = rank;
                        }

                        lo = hi;
                    }

                    break;
                }

            default:
                {
                    // Unweighted KM of the pooled data (survfitKM without weights); g = 1 - S(t-).
                    // For (start, stop] data the risk set at t is {start < t <= stop} (delayed entry).
                    var ord = Enumerable.Range(0, n).OrderBy(k => d.Stop[k]).ToArray();
                    double[]? starts = null;
                    if (d.Start is not null)
                    {
                        starts = (double[])d.Start.Clone();
                        Array.Sort(starts);
                    }

                    var surv = 1.0;
                    for (var lo = 0; lo < n;)
                    {
                        var hi = lo + 1;
                        while (hi < n && d.Stop[ord[hi]] == d.Stop[ord[lo]])
                        {
                            hi++;
                        }

                        var atRisk = n - lo - (starts is null ? 0 : n - LowerBound(starts, d.Stop[ord[lo]]));

                        var deaths = 0;
                        for (var k = lo; k < hi; k++)
                        {
                            g[ord[k]] = 1 - surv;
                            deaths += d.Status[ord[k]];
                        }

                        surv *= 1 - ((double)deaths / atRisk);
                        lo = hi;
                    }

                    break;
                }
        }

        return g;
    }

    /// <summary>Right-censored data (zph1.c): backwards through each stratum's sorted times.</summary>
    private static void AccumulateRightCensored(CoxData d, double[] g, double meanG, Accumulator acc)
    {
        var deaths = new List<int>();
        for (var s = 0; s + 1 < d.StratumStart.Length; s++)
        {
            var lo = d.StratumStart[s];
            var i = d.StratumStart[s + 1] - 1;
            acc.Reset();
            while (i >= lo)
            {
                var t = d.Stop[i];
                var timewt = g[i] - meanG;
                deaths.Clear();
                acc.BeginTime();
                for (; i >= lo && d.Stop[i] == t; i--)
                {
                    if (d.Status[i] == 0)
                    {
                        acc.AddAtRisk(i);
                    }
                    else
                    {
                        acc.AddDeath(i, timewt);
                        deaths.Add(i);
                    }
                }

                if (deaths.Count > 0)
                {
                    acc.Finish(deaths, timewt);
                }
            }
        }
    }

    /// <summary>(start, stop] data (zph2.c, the first iteration of agfit4.c): rows enter at their stop time and leave once the death time is at or before their start.</summary>
    private static void AccumulateCountingProcess(CoxData d, double[] g, double meanG, Accumulator acc)
    {
        var start = d.Start!;
        var startOrder = d.StartOrder!;
        var keep = new bool[d.N];
        var deaths = new List<int>();
        for (var s = 0; s + 1 < d.StratumStart.Length; s++)
        {
            var lo = d.StratumStart[s];
            var hi = d.StratumStart[s + 1];
            var person = hi - 1;
            var indx1 = lo;
            var nrisk = 0;
            acc.Reset();
            while (true)
            {
                var k = person;
                while (k >= lo && d.Status[k] == 0)
                {
                    k--;
                }

                if (k < lo)
                {
                    break;
                }

                var dtime = d.Stop[k];
                var timewt = g[k] - meanG;

                // remove the rows whose start time is at or after this death time
                for (; indx1 < hi; indx1++)
                {
                    var p1 = startOrder[indx1];
                    if (start[p1] < dtime)
                    {
                        break;
                    }

                    if (!keep[p1])
                    {
                        continue;
                    }

                    nrisk--;
                    if (nrisk == 0)
                    {
                        acc.Reset();
                    }
                    else
                    {
                        acc.RemoveAtRisk(p1);
                    }
                }

                // add the rows with stop time at or after it; the deaths are those at dtime
                deaths.Clear();
                acc.BeginTime();
                for (; person >= lo && d.Stop[person] >= dtime; person--)
                {
                    nrisk++;
                    if (d.Status[person] != 0)
                    {
                        keep[person] = true;
                        acc.AddDeath(person, timewt);
                        deaths.Add(person);
                    }
                    else if (start[person] < dtime)
                    {
                        keep[person] = true;
                        acc.AddAtRisk(person);
                    }
                }

                acc.Finish(deaths, timewt);
            }
        }
    }

    private static int LowerBound(double[] sorted, double t)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < t)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static void AddInfo(double[] imat, int p, int j, int k, double temp, double timewt)
    {
        var p2 = 2 * p;
        imat[(k * p2) + j] += temp;
        imat[(k * p2) + j + p] += temp * timewt;
        imat[((k + p) * p2) + j + p] += temp * timewt * timewt;
    }

    private static double QuadForm(double[] imat, int p2, double[] u, List<int> kk, int p)
    {
        var m = kk.Count;
        var sub = new double[m * m];
        var uu = new double[m];
        for (var i = 0; i < m; i++)
        {
            uu[i] = kk[i] < p ? 0 : u[kk[i]];
            for (var j = 0; j < m; j++)
            {
                sub[(i * m) + j] = imat[(kk[i] * p2) + kk[j]];
            }
        }

        var y = (double[])uu.Clone();
        CoxLinearAlgebra.Cholesky(sub, m, 1e-300);
        CoxLinearAlgebra.Solve(sub, m, y);
        var s = 0.0;
        for (var i = 0; i < m; i++)
        {
            s += y[i] * uu[i];
        }

        return s;
    }

    private static double[] Sandwich(double[] t, double[] v, int p, int q)
    {
        var r = new double[q * q];
        for (var a = 0; a < q; a++)
        {
            for (var b = 0; b < q; b++)
            {
                var s = 0.0;
                for (var i = 0; i < p; i++)
                {
                    for (var j = 0; j < p; j++)
                    {
                        s += t[(i * q) + a] * v[(i * p) + j] * t[(j * q) + b];
                    }
                }

                r[(a * q) + b] = s;
            }
        }

        return r;
    }

    /// <summary>Running risk-set sums of zph1.c / zph2.c (a, cmat, denom and the deaths' a2, cmat2, denom2) and their contribution to u and imat.</summary>
    private sealed class Accumulator(int p, bool efron, double[] u, double[] imat, double[] schoen, double[] xc, double[] weight, double[] risk)
    {
        private readonly double[] a = new double[p];
        private readonly double[] a2 = new double[p];
        private readonly double[] cmat = new double[p * p];
        private readonly double[] cmat2 = new double[p * p];
        private double denom;
        private double denom2;
        private double deadWt;

        public void Reset()
        {
            Array.Clear(a);
            Array.Clear(cmat);
            denom = 0;
        }

        public void BeginTime()
        {
            Array.Clear(a2);
            Array.Clear(cmat2);
            denom2 = 0;
            deadWt = 0;
        }

        public void AddAtRisk(int k) => Add(k, risk[k], a, cmat, ref denom);

        public void RemoveAtRisk(int k) => Add(k, -risk[k], a, cmat, ref denom);

        public void AddDeath(int k, double timewt)
        {
            var w = weight[k];
            deadWt += w;
            for (var j = 0; j < p; j++)
            {
                var x = xc[(k * p) + j];
                u[j] += w * x;
                u[j + p] += timewt * w * x;
                schoen[(k * p) + j] = x;
            }

            Add(k, risk[k], a2, cmat2, ref denom2);
        }

        public void Finish(List<int> deaths, double timewt)
        {
            var ndead = deaths.Count;
            if (!efron || ndead == 1)
            {
                denom += denom2;
                for (var j = 0; j < p; j++)
                {
                    a[j] += a2[j];
                    var temp2 = a[j] / denom;
                    u[j] -= deadWt * temp2;
                    u[j + p] -= timewt * deadWt * temp2;
                    for (var k = 0; k <= j; k++)
                    {
                        cmat[(j * p) + k] += cmat2[(j * p) + k];
                        AddInfo(imat, p, j, k, deadWt * (cmat[(j * p) + k] - (temp2 * a[k])) / denom, timewt);
                    }

                    foreach (var e in deaths)
                    {
                        schoen[(e * p) + j] -= temp2;
                    }
                }

                return;
            }

            var wtave = deadWt / ndead;
            for (var j = 0; j < p; j++)
            {
                double tmean = 0;
                for (var k = 0; k < ndead; k++)
                {
                    var temp = (k + 1.0) / ndead;
                    tmean += (a[j] + (a2[j] * temp)) / (denom + (denom2 * temp));
                }

                foreach (var e in deaths)
                {
                    schoen[(e * p) + j] -= tmean / ndead;
                }
            }

            for (var k = 0; k < ndead; k++)
            {
                denom += denom2 / ndead;
                for (var j = 0; j < p; j++)
                {
                    a[j] += a2[j] / ndead;
                    var temp2 = a[j] / denom;
                    u[j] -= wtave * temp2;
                    u[j + p] -= timewt * wtave * temp2;
                    for (var l = 0; l <= j; l++)
                    {
                        cmat[(j * p) + l] += cmat2[(j * p) + l] / ndead;
                        AddInfo(imat, p, j, l, wtave * (cmat[(j * p) + l] - (temp2 * a[l])) / denom, timewt);
                    }
                }
            }
        }

        private void Add(int k, double r, double[] sum, double[] mat, ref double den)
        {
            den += r;
            for (var j = 0; j < p; j++)
            {
                var rx = r * xc[(k * p) + j];
                sum[j] += rx;
                for (var l = 0; l <= j; l++)
                {
                    mat[(j * p) + l] += rx * xc[(k * p) + l];
                }
            }
        }
    }
}
