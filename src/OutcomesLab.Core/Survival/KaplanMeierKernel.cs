namespace OutcomesLab.Survival;

/// <summary>Column-oriented Kaplan–Meier table of one curve (internal kernel output).</summary>
internal sealed class KaplanMeierColumns
{
    public KaplanMeierColumns(int m)
    {
        Time = new double[m];
        NRisk = new double[m];
        NEvent = new double[m];
        NCensor = new double[m];
        Surv = new double[m];
        StdErr = new double[m];
        CumHaz = new double[m];
        StdCumHaz = new double[m];
    }

    public double[] Time { get; }

    public double[] NRisk { get; }

    public double[] NEvent { get; }

    public double[] NCensor { get; }

    public double[] Surv { get; }

    public double[] StdErr { get; }

    public double[] CumHaz { get; }

    public double[] StdCumHaz { get; }

    public int Length => Time.Length;
}

/// <summary>
/// Span kernels of the Kaplan–Meier estimator. Input is one curve's subjects sorted by time;
/// no allocation happens per subject or per event, only the output columns.
/// </summary>
internal static class KaplanMeierKernel
{
    /// <summary>Builds the survfit table (one row per distinct time) of one curve.</summary>
    /// <param name="time">Exit times, ascending.</param>
    /// <param name="isEvent">1 for an event, 0 for censored, aligned with <paramref name="time"/>.</param>
    /// <param name="weight">Case weights aligned with <paramref name="time"/>.</param>
    /// <param name="entry">Delayed-entry times ascending (empty when none).</param>
    /// <param name="entryWeight">Weights aligned with <paramref name="entry"/>.</param>
    public static KaplanMeierColumns Table(ReadOnlySpan<double> time, ReadOnlySpan<byte> isEvent, ReadOnlySpan<double> weight, ReadOnlySpan<double> entry, ReadOnlySpan<double> entryWeight)
    {
        var n = time.Length;
        var m = 0;
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || time[i] != time[i - 1])
            {
                m++;
            }
        }

        var c = new KaplanMeierColumns(m);
        var k = -1;
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || time[i] != time[i - 1])
            {
                k++;
                c.Time[k] = time[i];
            }

            if (isEvent[i] != 0)
            {
                c.NEvent[k] += weight[i];
            }
            else
            {
                c.NCensor[k] += weight[i];
            }
        }

        // Number at risk = weight with exit >= t minus weight that enters at or after t.
        var atRisk = 0.0;
        var e = entry.Length - 1;
        var enteredLater = 0.0;
        for (k = m - 1; k >= 0; k--)
        {
            atRisk += c.NEvent[k] + c.NCensor[k];
            while (e >= 0 && entry[e] >= c.Time[k])
            {
                enteredLater += entryWeight[e];
                e--;
            }

            c.NRisk[k] = atRisk - enteredLater;
        }

        var s = 1.0;
        var greenwood = 0.0;
        var h = 0.0;
        var vh = 0.0;
        for (k = 0; k < m; k++)
        {
            var d = c.NEvent[k];
            var r = c.NRisk[k];
            if (d > 0 && r > 0)
            {
                s *= (r - d) / r;
                greenwood = r - d > 0 ? greenwood + (d / (r * (r - d))) : double.PositiveInfinity;
                h += d / r;
                vh += d / (r * r);
            }

            c.Surv[k] = s;
            c.StdErr[k] = Math.Sqrt(greenwood);
            c.CumHaz[k] = h;
            c.StdCumHaz[k] = Math.Sqrt(vh);
        }

        return c;
    }

    /// <summary>
    /// Replaces the model-based <see cref="KaplanMeierColumns.StdErr"/> (of log S) and
    /// <see cref="KaplanMeierColumns.StdCumHaz"/> of <paramref name="c"/> by the infinitesimal-jackknife
    /// (robust) ones with one cluster per row, R <c>survfit(..., robust = TRUE)</c>: Var = Σᵢ (wᵢ Uᵢ(t))²
    /// with Uᵢ the derivative of log S (resp. Λ) with respect to wᵢ. For log S,
    /// Uᵢ(t) = Σ_{t_j ≤ t, entry &lt; t_j ≤ exit} d_j/(n_j(n_j − d_j)) − δᵢ 1{exitᵢ ≤ t}/(n − d)(exitᵢ);
    /// for Λ the terms are d_j/n_j² and δᵢ/n(exitᵢ). One pass over the rows, with running sums of
    /// w², w²C(entry) and w²C(entry)² over the subjects at risk.
    /// </summary>
    /// <param name="time">Exit times, ascending (as given to <see cref="Table"/>).</param>
    /// <param name="isEvent">Event flags aligned with <paramref name="time"/>.</param>
    /// <param name="weight">Case weights aligned with <paramref name="time"/>.</param>
    /// <param name="entry">Entry times aligned with <paramref name="time"/> (not sorted); empty when none.</param>
    /// <param name="c">The table of the same subjects, updated in place.</param>
    public static void RobustVariance(ReadOnlySpan<double> time, ReadOnlySpan<byte> isEvent, ReadOnlySpan<double> weight, ReadOnlySpan<double> entry, KaplanMeierColumns c)
    {
        var n = time.Length;
        var m = c.Length;
        var cAtEntry = new double[n];
        var hAtEntry = new double[n];
        int[] byEntry = [];
        if (entry.Length > 0)
        {
            var keys = entry.ToArray();
            byEntry = new int[n];
            for (var i = 0; i < n; i++)
            {
                byEntry[i] = i;
            }

            Array.Sort(keys, byEntry);
        }

        // Running sums over subjects entered (entry < current time) and not yet exited.
        double w2 = 0, s1 = 0, s2 = 0, h1 = 0, h2 = 0;
        double doneS = 0, doneH = 0;
        double cum = 0, cumH = 0;
        var entered = 0;
        if (entry.Length == 0)
        {
            for (var i = 0; i < n; i++)
            {
                w2 += weight[i] * weight[i];
            }
        }

        var pos = 0;
        for (var k = 0; k < m; k++)
        {
            var t = c.Time[k];
            while (entered < byEntry.Length && entry[byEntry[entered]] < t)
            {
                var i = byEntry[entered++];
                var ww = weight[i] * weight[i];
                cAtEntry[i] = cum;
                hAtEntry[i] = cumH;
                w2 += ww;
                s1 += ww * cum;
                s2 += ww * cum * cum;
                h1 += ww * cumH;
                h2 += ww * cumH * cumH;
            }

            var d = c.NEvent[k];
            var r = c.NRisk[k];
            var eventTermS = 0.0;
            var eventTermH = 0.0;
            if (d > 0 && r > 0)
            {
                cum += r - d > 0 ? d / (r * (r - d)) : double.PositiveInfinity;
                cumH += d / (r * r);
                eventTermS = r - d > 0 ? 1 / (r - d) : double.PositiveInfinity;
                eventTermH = 1 / r;
            }

            for (; pos < n && time[pos] == t; pos++)
            {
                var ww = weight[pos] * weight[pos];
                var ce = cAtEntry[pos];
                var he = hAtEntry[pos];
                var a = cum - ce - (isEvent[pos] != 0 ? eventTermS : 0);
                var b = cumH - he - (isEvent[pos] != 0 ? eventTermH : 0);
                doneS += ww * a * a;
                doneH += ww * b * b;
                w2 -= ww;
                s1 -= ww * ce;
                s2 -= ww * ce * ce;
                h1 -= ww * he;
                h2 -= ww * he * he;
            }

            var varS = doneS + (cum * cum * w2) - (2 * cum * s1) + s2;
            var varH = doneH + (cumH * cumH * w2) - (2 * cumH * h1) + h2;
            c.StdErr[k] = double.IsFinite(cum) ? Math.Sqrt(Math.Max(varS, 0)) : double.PositiveInfinity;
            c.StdCumHaz[k] = Math.Sqrt(Math.Max(varH, 0));
        }
    }

    /// <summary>Pointwise CI of one survival value, exactly as R survival's <c>survfit_confint</c> (logse = TRUE); null = R's NA.</summary>
    public static (double? Lower, double? Upper) Confint(double p, double se, double z, CiTransform transform)
    {
        switch (transform)
        {
            case CiTransform.Plain:
                {
                    var se2 = se * p * z;
                    return (Math.Max(p - se2, 0), Math.Min(p + se2, 1));
                }

            case CiTransform.Log:
                {
                    if (p == 0)
                    {
                        return (null, null);
                    }

                    var se2 = z * se;
                    return (Math.Exp(Math.Log(p) - se2), Math.Min(Math.Exp(Math.Log(p) + se2), 1));
                }

            case CiTransform.LogLog:
                {
                    if (p == 0 || p == 1)
                    {
                        return (null, null);
                    }

                    var se2 = z * se / Math.Log(p);
                    var ll = Math.Log(-Math.Log(p));
                    return (Math.Exp(-Math.Exp(ll - se2)), Math.Exp(-Math.Exp(ll + se2)));
                }

            case CiTransform.Logit:
                {
                    if (p == 0)
                    {
                        return (null, null);
                    }

                    var se2 = z * se * (1 + (p / (1 - p)));
                    var lo = Math.Log(p / (1 - p));
                    return (1 - (1 / (1 + Math.Exp(lo - se2))), 1 - (1 / (1 + Math.Exp(lo + se2))));
                }

            case CiTransform.Arcsin:
                {
                    if (p == 0)
                    {
                        return (null, null);
                    }

                    var se2 = 0.5 * z * se * Math.Sqrt(p / (1 - p));
                    var a = Math.Asin(Math.Sqrt(p));
                    var lower = Math.Sin(Math.Max(0, a - se2));
                    var upper = Math.Sin(Math.Min(Math.PI / 2, a + se2));
                    return (lower * lower, upper * upper);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(transform), transform, "Unknown CI transform.");
        }
    }

    /// <summary>
    /// R survival's <c>findq</c> (quantile.survfit.R) for one curve: x = c(firstx, time),
    /// y = c(0, 1 − curve) with NA entries given as null/NaN; returns the quantile per p (null = NA).
    /// </summary>
    /// <param name="time">Row times.</param>
    /// <param name="curve">Survival curve (or a CI band) per row; NaN for R's NA/NaN.</param>
    /// <param name="probs">The probabilities.</param>
    /// <param name="firstX">The x value of the origin (R <c>start.time</c>, 0 by default).</param>
    public static double?[] FindQuantiles(ReadOnlySpan<double> time, ReadOnlySpan<double> curve, IReadOnlyList<double> probs, double firstX = 0)
    {
        var tol = SurvivalSample.TimeTieTolerance;
        var result = new double?[probs.Count];
        var m = time.Length + 1;
        var maxY = double.NegativeInfinity;
        var x = new double[m];
        var y = new double[m];
        x[0] = firstX;
        y[0] = 0;
        for (var i = 0; i < time.Length; i++)
        {
            x[i + 1] = time[i];
            y[i + 1] = 1 - curve[i];
        }

        for (var i = 0; i < m; i++)
        {
            if (!double.IsNaN(y[i]))
            {
                maxY = Math.Max(maxY, y[i]);
            }
        }

        var minP = double.PositiveInfinity;
        foreach (var p in probs)
        {
            minP = Math.Min(minP, p);
        }

        if (maxY < minP)
        {
            return result;
        }

        var xmax = x[m - 1];

        // duplicated(y): keep the first occurrence of each value (NaN duplicates NaN).
        var ux = new List<double>(m);
        var uy = new List<double>(m);
        var seen = new HashSet<double>();
        for (var i = 0; i < m; i++)
        {
            if (seen.Add(y[i]))
            {
                ux.Add(x[i]);
                uy.Add(y[i]);
            }
        }

        var last = uy[^1];
        for (var q = 0; q < probs.Count; q++)
        {
            var p = probs[q];
            var i1 = ApproxConstantIndex(uy, tol, p);
            var i2 = ApproxConstantIndex(uy, -tol, p);
            double? quant = i1 >= 0 && i2 >= 0 ? (ux[i1] + ux[i2]) / 2 : null;
            if (p == 0)
            {
                quant = ux[0];
            }

            if (!double.IsNaN(last) && Math.Abs(p - last) < tol)
            {
                quant = i1 >= 0 ? (ux[i1] + xmax) / 2 : null;
            }

            result[q] = quant;
        }

        return result;
    }

    // approx(y + shift, seq_along(y), v, method = "constant", f = 1)$y with rule = 1, NA pairs removed:
    // the index whose (shifted) y equals v, otherwise the index of the smallest shifted y above v;
    // -1 (NA) when v is outside the range or fewer than two points remain.
    private static int ApproxConstantIndex(List<double> y, double shift, double v)
    {
        var count = 0;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var best = -1;
        var bestVal = double.PositiveInfinity;
        for (var i = 0; i < y.Count; i++)
        {
            if (double.IsNaN(y[i]))
            {
                continue;
            }

            var xv = y[i] + shift;
            count++;
            min = Math.Min(min, xv);
            max = Math.Max(max, xv);
            if (xv >= v && xv < bestVal)
            {
                bestVal = xv;
                best = i;
            }
        }

        if (count < 2 || v < min || v > max)
        {
            return -1;
        }

        return best;
    }
}
