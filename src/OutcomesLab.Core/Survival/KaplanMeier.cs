using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;
using OutcomesLab.Internal;

namespace OutcomesLab.Survival;

/// <summary>
/// The Kaplan–Meier product-limit estimator with Greenwood standard errors, Nelson–Aalen cumulative
/// hazard, pointwise CIs, quantiles, landmark estimates and restricted mean survival time — R
/// survival's <c>survfit(Surv(time, status) ~ group)</c> with <c>summary()</c> and <c>quantile()</c>.
/// </summary>
/// <remarks>
/// Every status other than 0 counts as an event (for competing-risks samples this is all-cause
/// survival). Case weights are used as survfit does (weighted counts). Delayed entry removes a subject
/// from the risk set before its entry time (R <c>Surv(entry, time, status)</c>); rows are the distinct
/// exit times.
/// </remarks>
public static class KaplanMeier
{
    /// <summary>Label of the single curve of an ungrouped sample.</summary>
    public const string AllLabel = "all";

    /// <summary>
    /// Fits one Kaplan–Meier curve per group of <paramref name="sample"/>, or with strata (and
    /// <see cref="KaplanMeierOptions.SplitByStrata"/>, the default) one per group × stratum
    /// combination, as R's <c>survfit(Surv(t, s) ~ group + strata(z))</c>.
    /// </summary>
    /// <remarks>
    /// Curves of group × stratum come in R's order (group levels slowest, strata levels fastest) and
    /// are labelled <c>"group, stratum"</c> (R prints <c>group=a, strata(z)=b</c>); with strata and no
    /// groups, one curve per stratum labelled with the stratum level. Combinations without subjects
    /// get no curve (R's <c>strata()</c> has no level for them) and an <c>empty-group</c> diagnostic.
    /// </remarks>
    /// <param name="sample">The validated survival data; <see cref="SurvivalSample.Groups"/> and <see cref="SurvivalSample.Strata"/> define the curves.</param>
    /// <param name="options">Options; null for R's defaults.</param>
    /// <returns>The curves and diagnostics.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static KaplanMeierResult Fit(SurvivalSample sample, KaplanMeierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        options ??= KaplanMeierOptions.Default;
        Validate(options);

        var n = sample.Count;
        var (codeArray, labels) = CurveCodes(sample, options.SplitByStrata);
        var levels = labels.Length;
        var codes = codeArray is null ? ReadOnlySpan<int>.Empty : codeArray.AsSpan();
        using var orderBuffer = PooledArray<int>.Rent(n);
        using var timeBuffer = PooledArray<double>.Rent(n);
        using var eventBuffer = PooledArray<byte>.Rent(n);
        using var weightBuffer = PooledArray<double>.Rent(n);
        var order = orderBuffer.Array;
        var sortedTimes = timeBuffer.Array;
        var isEvent = eventBuffer.Array;
        var weight = weightBuffer.Array;
        var offsets = SurvivalSort.ByBlockThenTime(codes, levels, sample.Times.AsSpan(), orderBuffer.Span, timeBuffer.Span);
        for (var pos = 0; pos < n; pos++)
        {
            var i = order[pos];
            isEvent[pos] = sample.Status[i] != 0 ? (byte)1 : (byte)0;
            weight[pos] = sample.WeightAt(i);
        }

        var robust = ResolveVariance(sample, options.Variance) == KaplanMeierVariance.Robust;
        double[] entry = [];
        double[] entryWeight = [];
        double[] entryAligned = [];
        if (sample.HasEntryTimes)
        {
            entry = new double[n];
            entryWeight = new double[n];
            for (var pos = 0; pos < n; pos++)
            {
                entry[pos] = sample.EntryTimes[order[pos]];
                entryWeight[pos] = weight[pos];
            }

            if (robust)
            {
                entryAligned = (double[])entry.Clone();
            }

            for (var b = 0; b < levels; b++)
            {
                Array.Sort(entry, entryWeight, offsets[b], offsets[b + 1] - offsets[b]);
            }
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(sample.Diagnostics);

        var tau = options.RmstTau ?? DefaultTau(offsets, sortedTimes);
        var z = Normal.InvCDF(0, 1, 1 - ((1 - options.ConfidenceLevel) / 2));
        var curves = ImmutableArray.CreateBuilder<KaplanMeierCurve>(levels);
        for (var b = 0; b < levels; b++)
        {
            var start = offsets[b];
            var len = offsets[b + 1] - start;
            var label = labels[b];
            if (len == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "empty-group", $"Group \"{label}\" has no subjects and gets no curve (R's survfit drops empty strata)."));
                continue;
            }

            var cols = KaplanMeierKernel.Table(
                sortedTimes.AsSpan(start, len),
                isEvent.AsSpan(start, len),
                weight.AsSpan(start, len),
                entry.Length == 0 ? [] : entry.AsSpan(start, len),
                entryWeight.Length == 0 ? [] : entryWeight.AsSpan(start, len));
            if (robust)
            {
                KaplanMeierKernel.RobustVariance(
                    sortedTimes.AsSpan(start, len),
                    isEvent.AsSpan(start, len),
                    weight.AsSpan(start, len),
                    entryAligned.Length == 0 ? [] : entryAligned.AsSpan(start, len),
                    cols);
            }

            var curve = BuildCurve(label, len, cols, options, z, tau);
            if (curve.Events == 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "no-events", $"Group \"{label}\" has no events: its survival curve stays at 1."));
            }

            if (curve.Median.Time is null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "median-not-reached", $"Median survival not reached in group \"{label}\": the curve never falls to 0.5 (reported as null)."));
            }

            curves.Add(curve);
        }

        return new KaplanMeierResult(curves.ToImmutable(), options, diagnostics.ToImmutable())
        {
            VarianceUsed = robust ? KaplanMeierVariance.Robust : KaplanMeierVariance.Greenwood,
        };
    }

    /// <summary>
    /// The variance <see cref="Fit"/> uses for <paramref name="sample"/>: <paramref name="requested"/>,
    /// or for <see cref="KaplanMeierVariance.Auto"/> R's default (robust when any weight is non-integer).
    /// </summary>
    /// <param name="sample">The sample.</param>
    /// <param name="requested">The requested variance.</param>
    /// <returns><see cref="KaplanMeierVariance.Greenwood"/> or <see cref="KaplanMeierVariance.Robust"/>.</returns>
    public static KaplanMeierVariance ResolveVariance(SurvivalSample sample, KaplanMeierVariance requested)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (requested != KaplanMeierVariance.Auto)
        {
            return requested;
        }

        for (var i = 0; sample.HasWeights && i < sample.Count; i++)
        {
            if (sample.Weights[i] != Math.Floor(sample.Weights[i]))
            {
                return KaplanMeierVariance.Robust;
            }
        }

        return KaplanMeierVariance.Greenwood;
    }

    /// <summary>The curve code of every subject and the curve labels: groups, strata or group × stratum (group slowest).</summary>
    private static (int[]? Codes, string[] Labels) CurveCodes(SurvivalSample sample, bool splitByStrata)
    {
        var groups = sample.Groups;
        var strata = splitByStrata ? sample.Strata : null;
        if (strata is null)
        {
            return groups is null ? (null, [AllLabel]) : ([.. groups.Codes], [.. groups.Levels]);
        }

        if (groups is null)
        {
            return ([.. strata.Codes], [.. strata.Levels]);
        }

        var s = strata.LevelCount;
        var codes = new int[sample.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = (groups.Codes[i] * s) + strata.Codes[i];
        }

        var labels = new string[groups.LevelCount * s];
        for (var g = 0; g < groups.LevelCount; g++)
        {
            for (var k = 0; k < s; k++)
            {
                labels[(g * s) + k] = groups.Levels[g] + ", " + strata.Levels[k];
            }
        }

        return (codes, labels);
    }

    /// <summary>
    /// survRM2's default tau: the smallest, over non-empty groups, of the largest observed time.
    /// </summary>
    private static double DefaultTau(int[] offsets, double[] sortedTimes)
    {
        var tau = double.PositiveInfinity;
        for (var b = 0; b + 1 < offsets.Length; b++)
        {
            if (offsets[b + 1] > offsets[b])
            {
                tau = Math.Min(tau, sortedTimes[offsets[b + 1] - 1]);
            }
        }

        return tau;
    }

    private static void Validate(KaplanMeierOptions options)
    {
        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"ConfidenceLevel is {options.ConfidenceLevel}: expected a value strictly between 0 and 1, e.g. 0.95."), nameof(options));
        }

        ArgumentNullException.ThrowIfNull(options.QuantileProbabilities);
        ArgumentNullException.ThrowIfNull(options.LandmarkTimes);
        for (var i = 0; i < options.QuantileProbabilities.Count; i++)
        {
            var p = options.QuantileProbabilities[i];
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"QuantileProbabilities[{i}] is {p}: expected a probability in [0, 1]."), nameof(options));
            }
        }

        for (var i = 0; i < options.LandmarkTimes.Count; i++)
        {
            if (!double.IsFinite(options.LandmarkTimes[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"LandmarkTimes[{i}] is {options.LandmarkTimes[i]}: expected finite times."), nameof(options));
            }
        }

        if (options.RmstTau is { } t && !(double.IsFinite(t) && t >= 0))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"RmstTau is {t}: expected a finite, non-negative time (or null for the default)."), nameof(options));
        }
    }

    private static KaplanMeierCurve BuildCurve(string label, int count, KaplanMeierColumns c, KaplanMeierOptions options, double z, double tau)
    {
        var m = c.Length;
        var rows = ImmutableArray.CreateBuilder<KaplanMeierRow>(m);
        var lower = new double[m];
        var upper = new double[m];
        var events = 0.0;
        for (var k = 0; k < m; k++)
        {
            var (lo, hi) = KaplanMeierKernel.Confint(c.Surv[k], c.StdErr[k], z, options.CiTransform);
            lower[k] = lo ?? double.NaN;
            upper[k] = hi ?? double.NaN;
            events += c.NEvent[k];
            rows.Add(new KaplanMeierRow(c.Time[k], c.NRisk[k], c.NEvent[k], c.NCensor[k], c.Surv[k], c.StdErr[k], lo, hi, c.CumHaz[k], c.StdCumHaz[k]));
        }

        var quantiles = Quantiles(c, lower, upper, options.QuantileProbabilities);
        var median = Quantiles(c, lower, upper, [0.5])[0];
        var landmarks = Landmarks(c, [.. options.LandmarkTimes.Order()], z, options.CiTransform);
        var rmst = Rmst(c, tau, z);
        return new KaplanMeierCurve(label, count, events, rows.MoveToImmutable(), quantiles, median, landmarks, rmst);
    }

    private static ImmutableArray<SurvivalQuantile> Quantiles(KaplanMeierColumns c, double[] lower, double[] upper, IReadOnlyList<double> probs)
    {
        var q = KaplanMeierKernel.FindQuantiles(c.Time, c.Surv, probs);
        var ql = KaplanMeierKernel.FindQuantiles(c.Time, lower, probs);
        var qu = KaplanMeierKernel.FindQuantiles(c.Time, upper, probs);
        var b = ImmutableArray.CreateBuilder<SurvivalQuantile>(probs.Count);
        for (var i = 0; i < probs.Count; i++)
        {
            b.Add(new SurvivalQuantile(probs[i], q[i], ql[i], qu[i]));
        }

        return b.MoveToImmutable();
    }

    // R summary.survfit(fit, times = ) with extend = FALSE.
    private static ImmutableArray<LandmarkEstimate> Landmarks(KaplanMeierColumns c, IReadOnlyList<double> times, double z, CiTransform transform)
    {
        var m = c.Length;
        var b = ImmutableArray.CreateBuilder<LandmarkEstimate>();
        var maxTime = c.Time[m - 1];
        var prevIndex = 0; // rows [0, prevIndex) already counted
        foreach (var t in times)
        {
            if (t < Math.Min(c.Time[0], 0) || t > maxTime)
            {
                continue;
            }

            // index1 = number of rows with time <= t; index2 = first row with time >= t.
            var index1 = 0;
            while (index1 < m && c.Time[index1] <= t)
            {
                index1++;
            }

            var index2 = 0;
            while (index2 < m && c.Time[index2] < t)
            {
                index2++;
            }

            double nEvent = 0, nCensor = 0;
            for (var k = prevIndex; k < index1; k++)
            {
                nEvent += c.NEvent[k];
                nCensor += c.NCensor[k];
            }

            prevIndex = Math.Max(prevIndex, index1);
            var nRisk = index2 < m ? c.NRisk[index2] : 0;
            double surv, se;
            double? lo, hi;
            if (index1 == 0)
            {
                surv = 1;
                se = 0;
                lo = 1;
                hi = 1;
            }
            else
            {
                surv = c.Surv[index1 - 1];
                se = c.StdErr[index1 - 1];
                (lo, hi) = KaplanMeierKernel.Confint(surv, se, z, transform);
            }

            b.Add(new LandmarkEstimate(t, nRisk, nEvent, nCensor, surv, se * surv, lo, hi));
        }

        return b.ToImmutable();
    }

    // R survmean (print.survfit / summary(fit, rmean = tau)): rectangles of the step function from 0 to tau.
    private static RestrictedMean Rmst(KaplanMeierColumns c, double tau, double z)
    {
        var m = c.Length;
        var keep = 0;
        while (keep < m && c.Time[keep] <= tau)
        {
            keep++;
        }

        // rectangle j (0-based) covers [t_{j-1}, t_j) with height S(t_{j-1}) (t_{-1} = 0, S = 1);
        // the last covers [t_{keep-1}, tau].
        var mean = 0.0;
        var prevT = 0.0;
        var prevS = 1.0;
        for (var k = 0; k < keep; k++)
        {
            mean += (c.Time[k] - prevT) * prevS;
            prevT = c.Time[k];
            prevS = c.Surv[k];
        }

        mean += (tau - prevT) * prevS;

        // A_k = area from t_k to tau, accumulated backwards.
        var variance = 0.0;
        var area = 0.0;
        for (var k = keep - 1; k >= 0; k--)
        {
            var right = k + 1 < keep ? c.Time[k + 1] : tau;
            area += (right - c.Time[k]) * c.Surv[k];
            var r = c.NRisk[k];
            var d = c.NEvent[k];
            var hh = r - d == 0 ? 0 : d / (r * (r - d));
            variance += area * area * hh;
        }

        var se = Math.Sqrt(variance);
        return new RestrictedMean(tau, mean, se, mean - (z * se), mean + (z * se));
    }
}
