using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;
using OutcomesLab.Internal;

namespace OutcomesLab.Inference;

/// <summary>
/// Seeded, parallel nonparametric bootstrap (Efron &amp; Tibshirani 1993) with percentile and BCa
/// (Efron 1987) intervals computed as R's <c>boot.ci</c>. Replicate b resamples with a xoshiro256**
/// stream derived from (seed, b), so the result is identical for any number of threads.
/// </summary>
public static class Bootstrap
{
    /// <summary>Bootstraps a statistic of one sample.</summary>
    /// <param name="data">The observations.</param>
    /// <param name="statistic">The statistic of a (resampled) sample; NaN marks a degenerate replicate. Must be thread-safe.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The bootstrap distribution and intervals.</returns>
    public static BootstrapResult Run(ReadOnlySpan<double> data, Func<ReadOnlySpan<double>, double> statistic, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        var copy = data.ToArray();
        return RunIndexed(copy.Length, idx =>
        {
            var buf = new double[idx.Length];
            for (var i = 0; i < idx.Length; i++)
            {
                buf[i] = copy[idx[i]];
            }

            return statistic(buf);
        }, options);
    }

    /// <summary>
    /// Bootstraps any statistic through resampled indices 0..n−1 (R <c>boot(statistic = function(d, i))</c>);
    /// use this for several columns or groups (e.g. resample rows of a cohort).
    /// </summary>
    /// <param name="n">Number of units resampled.</param>
    /// <param name="statistic">The statistic of the units at the given indices (the identity indices give t₀). Must be thread-safe.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The bootstrap distribution and intervals.</returns>
    /// <exception cref="ArgumentException">n &lt; 2, fewer than 2 replicates, or a non-finite statistic on the original data.</exception>
    public static BootstrapResult RunIndexed(int n, Func<ReadOnlySpan<int>, double> statistic, BootstrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statistic);
        options ??= BootstrapOptions.Default;
        if (n < 2 || options.Replicates < 2)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"n = {n} units and {options.Replicates} replicates: the bootstrap needs at least 2 of each."), nameof(n));
        }

        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ConfidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        var identity = new int[n];
        for (var i = 0; i < n; i++)
        {
            identity[i] = i;
        }

        var t0 = statistic(identity);
        if (!double.IsFinite(t0))
        {
            throw new ArgumentException("The statistic is not finite on the original data; nothing to bootstrap.", nameof(statistic));
        }

        var b = options.Replicates;
        var t = new double[b];
        var done = 0;
        var step = Math.Max(1, b / 100);
        var po = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = options.CancellationToken };
        Parallel.For(0, b, po, () => new int[n], (rep, _, idx) =>
        {
            var rng = new Xoshiro256StarStar(options.Seed, (ulong)rep);
            for (var i = 0; i < n; i++)
            {
                idx[i] = rng.NextInt(n);
            }

            t[rep] = statistic(idx);
            var c = Interlocked.Increment(ref done);
            if (options.Progress is not null && (c % step == 0 || c == b))
            {
                options.Progress.Report(c);
            }

            return idx;
        }, _ => { });

        // jackknife influence values for the acceleration: L_i = (n − 1)(mean(t₋) − t₋ᵢ)
        var jack = new double[n];
        var tmp = new int[n - 1];
        for (var i = 0; i < n; i++)
        {
            var k = 0;
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    tmp[k++] = j;
                }
            }

            jack[i] = statistic(tmp);
        }

        return Summarise(t0, t, jack, options.ConfidenceLevel, options.Seed);
    }

    internal static BootstrapResult Summarise(double t0, double[] replicates, double[] jackknife, double level, ulong seed)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var finite = replicates.Where(double.IsFinite).ToArray();
        var failed = replicates.Length - finite.Length;
        if (failed > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "degenerate-replicates", string.Create(CultureInfo.InvariantCulture, $"{failed} of {replicates.Length} replicates gave a non-finite statistic and were excluded from the intervals.")));
        }

        var r = finite.Length;
        if (r == 0 || finite.All(x => x == finite[0]))
        {
            // As boot.ci, which returns NULL ("All values of t are equal"): no interval exists.
            var what = r == 0
                ? "No replicate gave a finite statistic"
                : string.Create(CultureInfo.InvariantCulture, $"All {r} finite replicates equal {finite[0]:R}: the statistic does not vary under resampling");
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "degenerate-bootstrap", what + ", so no percentile or BCa interval is defined (R's boot.ci returns NULL)."));
            var bias = r == 0 ? double.NaN : finite[0] - t0;
            return new BootstrapResult(t0, bias, r == 0 ? double.NaN : 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, replicates.Length, failed, seed, level, replicates.ToImmutableArray(), diagnostics.ToImmutable());
        }

        var mean = finite.Average();
        var sd = Math.Sqrt(finite.Sum(x => (x - mean) * (x - mean)) / (r - 1));
        Array.Sort(finite);
        var alpha = new[] { (1 - level) / 2, (1 + level) / 2 };
        var extreme = false;
        var perc = alpha.Select(a => NormInter(finite, a, ref extreme)).ToArray();

        double lo = double.NaN, hi = double.NaN, a0 = double.NaN;
        var below = finite.Count(x => x < t0);
        var z0 = Normal.InvCDF(0, 1, (double)below / r);
        var jackOk = jackknife.All(double.IsFinite);
        if (double.IsFinite(z0) && jackOk)
        {
            var jm = jackknife.Average();
            var nn = jackknife.Length;
            double s2 = 0, s3 = 0;
            foreach (var tj in jackknife)
            {
                var l = (nn - 1) * (jm - tj);
                s2 += l * l;
                s3 += l * l * l;
            }

            a0 = s2 > 0 ? s3 / (6 * Math.Pow(s2, 1.5)) : 0;
            var bca = alpha.Select(a =>
            {
                var za = Normal.InvCDF(0, 1, a);
                var adj = Normal.CDF(0, 1, z0 + ((z0 + za) / (1 - (a0 * (z0 + za)))));
                return NormInter(finite, adj, ref extreme);
            }).ToArray();
            lo = bca[0];
            hi = bca[1];
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "bca-undefined", "The BCa interval is undefined (all replicates on one side of the estimate, or a non-finite jackknife value)."));
        }

        if (extreme)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "extreme-order-statistics", "Extreme order statistics were used as end points: increase the number of replicates."));
        }

        return new BootstrapResult(t0, mean - t0, sd, perc[0], perc[1], lo, hi, z0, a0, replicates.Length, failed, seed, level, replicates.ToImmutableArray(), diagnostics.ToImmutable());
    }

    // boot:::norm.inter — interpolation on the normal quantile scale between order statistics k and k+1, rk = (R+1)·alpha.
    private static double NormInter(double[] sorted, double alpha, ref bool extreme)
    {
        var r = sorted.Length;
        var rk = (r + 1) * alpha;
        if (!(rk > 1 && rk < r))
        {
            extreme = true;
        }

        var k = (int)Math.Truncate(rk);
        if (k == rk && k >= 1 && k <= r)
        {
            return sorted[k - 1];
        }

        if (k <= 0)
        {
            return sorted[0];
        }

        if (k >= r)
        {
            return sorted[r - 1];
        }

        var t1 = Normal.InvCDF(0, 1, alpha);
        var t2 = Normal.InvCDF(0, 1, k / (r + 1.0));
        var t3 = Normal.InvCDF(0, 1, (k + 1) / (r + 1.0));
        var tk = sorted[k - 1];
        var tk1 = sorted[k];
        return tk + ((t1 - t2) / (t3 - t2) * (tk1 - tk));
    }
}
