using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using OutcomesLab.Inference;
using OutcomesLab.Internal;

namespace OutcomesLab.Survival;

/// <summary>
/// The k-sample log-rank test and its weighted relatives (G-rho / Peto–Peto, Fleming–Harrington,
/// Gehan–Breslow, Tarone–Ware), stratified by <see cref="SurvivalSample.Strata"/> — R survival's
/// <c>survdiff(Surv(time, status) ~ group + strata(s), rho = )</c> — with a test for trend and
/// pairwise comparisons.
/// </summary>
/// <remarks>
/// Every status other than 0 counts as an event. Case weights, which <c>survdiff</c> does not
/// accept, are used as frequency weights (weighted counts of events and of the risk set). Delayed
/// entry times remove subjects from the risk set before entry.
/// </remarks>
public static class LogRankTest
{
    /// <summary>Label of the single stratum of an unstratified sample.</summary>
    public const string AllLabel = "all";

    /// <summary>Computes the test.</summary>
    /// <param name="sample">The data; <see cref="SurvivalSample.Groups"/> must define at least one group.</param>
    /// <param name="options">Options; null for R's defaults.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The sample has no groups, or an option is invalid.</exception>
    public static LogRankResult Compute(SurvivalSample sample, LogRankOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        options ??= LogRankOptions.Default;
        if (sample.Groups is null)
        {
            throw new ArgumentException("sample has no groups: a log-rank test compares groups. Create the sample with a groups column.", nameof(sample));
        }

        var (p, q) = options.Weighting switch
        {
            LogRankWeighting.GRho => (options.Rho, 0.0),
            LogRankWeighting.FlemingHarrington => (options.P, options.Q),
            _ => (0.0, 0.0),
        };
        if (!double.IsFinite(p) || !double.IsFinite(q) || p < 0 || q < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Weight exponents must be finite and non-negative; got rho/p = {p}, q = {q}."), nameof(options));
        }

        var n = sample.Count;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        diagnostics.AddRange(sample.Diagnostics);

        // Groups and strata that have subjects (R drops empty levels).
        var groupFactor = sample.Groups;
        var groupCount = new int[groupFactor.LevelCount];
        foreach (var c in groupFactor.Codes)
        {
            groupCount[c]++;
        }

        var strataLevels = sample.Strata?.LevelCount ?? 1;
        var strataCount = new int[strataLevels];
        if (sample.Strata is null)
        {
            strataCount[0] = n;
        }
        else
        {
            foreach (var c in sample.Strata.Codes)
            {
                strataCount[c]++;
            }
        }

        var usedGroups = Enumerable.Range(0, groupFactor.LevelCount).Where(g => groupCount[g] > 0).ToArray();
        var usedStrata = Enumerable.Range(0, strataLevels).Where(s => strataCount[s] > 0).ToArray();
        foreach (var g in Enumerable.Range(0, groupFactor.LevelCount).Where(g => groupCount[g] == 0))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "empty-group", $"Group \"{groupFactor.Levels[g]}\" has no subjects and is left out of the test."));
        }

        // Sort once by (stratum, time).
        var strataCodes = sample.Strata is null ? ReadOnlySpan<int>.Empty : sample.Strata.Codes.AsSpan();
        using var orderBuffer = PooledArray<int>.Rent(n);
        using var timeBuffer = PooledArray<double>.Rent(n);
        using var eventBuffer = PooledArray<byte>.Rent(n);
        using var groupBuffer = PooledArray<int>.Rent(n);
        using var weightBuffer = PooledArray<double>.Rent(n);
        var fullOffsets = SurvivalSort.ByBlockThenTime(strataCodes, strataLevels, sample.Times.AsSpan(), orderBuffer.Span, timeBuffer.Span);
        var order = orderBuffer.Array;
        var sortedTimes = timeBuffer.Span;
        var isEvent = eventBuffer.Span;
        var group = groupBuffer.Span;
        var weight = weightBuffer.Span;
        for (var pos = 0; pos < n; pos++)
        {
            var i = order[pos];
            isEvent[pos] = sample.Status[i] != 0 ? (byte)1 : (byte)0;
            group[pos] = groupFactor.Codes[i];
            weight[pos] = sample.WeightAt(i);
        }

        double[] entry = [];
        int[] entryGroup = [];
        double[] entryWeight = [];
        if (sample.HasEntryTimes)
        {
            entry = new double[n];
            var idx = new int[n];
            for (var pos = 0; pos < n; pos++)
            {
                entry[pos] = sample.EntryTimes[order[pos]];
                idx[pos] = pos;
            }

            for (var s = 0; s < strataLevels; s++)
            {
                Array.Sort(entry, idx, fullOffsets[s], fullOffsets[s + 1] - fullOffsets[s]);
            }

            entryGroup = new int[n];
            entryWeight = new double[n];
            for (var pos = 0; pos < n; pos++)
            {
                entryGroup[pos] = group[idx[pos]];
                entryWeight[pos] = weight[idx[pos]];
            }
        }

        // Offsets of the non-empty strata only (empty strata occupy no positions).
        var offsets = new int[usedStrata.Length + 1];
        for (var s = 0; s < usedStrata.Length; s++)
        {
            offsets[s] = fullOffsets[usedStrata[s]];
        }

        offsets[usedStrata.Length] = n;

        var k = usedGroups.Length;
        var ns = usedStrata.Length;
        var map = new int[groupFactor.LevelCount];
        Array.Fill(map, -1);
        for (var g = 0; g < k; g++)
        {
            map[usedGroups[g]] = g;
        }

        var obs = new double[k * ns];
        var exp = new double[k * ns];
        var var = new double[k * k];
        LogRankKernel.Accumulate(sortedTimes, isEvent, group, weight, entry, entryGroup, entryWeight, offsets, map, k, options.Weighting, p, q, obs, exp, var);

        var o = new double[k];
        var ex = new double[k];
        for (var g = 0; g < k; g++)
        {
            for (var s = 0; s < ns; s++)
            {
                o[g] += obs[(g * ns) + s];
                ex[g] += exp[(g * ns) + s];
            }
        }

        var (chisq, df, singular) = ChiSquare(o, ex, var, k);
        if (singular)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                "singular-variance",
                string.Create(CultureInfo.InvariantCulture, $"The variance of O − E is singular (a group's expected events come only from strata or times where no other group is at risk); R's survdiff stops here. The chi-square uses a generalized inverse with df = {df} instead of {Math.Max(0, Enumerable.Range(0, k).Count(g => ex[g] > 0) - 1)}.")));
        }

        if (df < 1)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "no-test", "Fewer than two groups have expected events: no test is possible (chi-square 0, df 0, p = 1)."));
        }

        var labels = usedGroups.Select(g => groupFactor.Levels[g]).ToImmutableArray();
        LogRankTrendTest? trend = k >= 2 ? Trend(o, ex, var, k, options.TrendScores) : null;

        var pairwise = ImmutableArray<PairwiseLogRank>.Empty;
        if (options.ComputePairwise && k >= 2)
        {
            var pairs = new List<(int A, int B, double Chi, int Df)>();
            var pmap = new int[groupFactor.LevelCount];
            var pobs = new double[2 * ns];
            var pexp = new double[2 * ns];
            var pvar = new double[4];
            for (var a = 0; a < k; a++)
            {
                for (var b = a + 1; b < k; b++)
                {
                    if (k == 2)
                    {
                        pairs.Add((a, b, chisq, df));
                        continue;
                    }

                    Array.Fill(pmap, -1);
                    pmap[usedGroups[a]] = 0;
                    pmap[usedGroups[b]] = 1;
                    Array.Clear(pobs);
                    Array.Clear(pexp);
                    Array.Clear(pvar);
                    LogRankKernel.Accumulate(sortedTimes, isEvent, group, weight, entry, entryGroup, entryWeight, offsets, pmap, 2, options.Weighting, p, q, pobs, pexp, pvar);
                    double o0 = 0, o1 = 0, e0 = 0, e1 = 0;
                    for (var s = 0; s < ns; s++)
                    {
                        o0 += pobs[s];
                        o1 += pobs[ns + s];
                        e0 += pexp[s];
                        e1 += pexp[ns + s];
                    }

                    var (c2, d2, _) = ChiSquare([o0, o1], [e0, e1], pvar, 2);
                    pairs.Add((a, b, c2, d2));
                }
            }

            var raw = pairs.Select(x => UpperTail(x.Chi, x.Df)).ToArray();
            var adj = PValueAdjustment.Adjust(raw, options.PairwiseAdjustment);
            pairwise = [.. pairs.Select((x, i) => new PairwiseLogRank(labels[x.A], labels[x.B], x.Chi, x.Df, raw[i], adj[i]))];
        }

        return new LogRankResult(
            labels,
            [.. usedGroups.Select(g => groupCount[g])],
            [.. o],
            [.. ex],
            [.. o.Select((v, g) => v - ex[g])],
            [.. Enumerable.Range(0, k).Select(j => ImmutableArray.Create(var, j * k, k))],
            chisq,
            df,
            UpperTail(chisq, df),
            sample.Strata is null ? [AllLabel] : [.. usedStrata.Select(s => sample.Strata.Levels[s])],
            [.. usedStrata.Select(s => strataCount[s])],
            [.. Enumerable.Range(0, k).Select(g => ImmutableArray.Create(obs, g * ns, ns))],
            [.. Enumerable.Range(0, k).Select(g => ImmutableArray.Create(exp, g * ns, ns))],
            trend,
            pairwise,
            options,
            diagnostics.ToImmutable());
    }

    /// <summary>Upper tail of χ²(df); 1 when df = 0 (no test).</summary>
    internal static double UpperTail(double chisq, int df)
        => df < 1 ? 1.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, chisq / 2.0);

    // survdiff: keep groups with exp > 0, drop the first of them, solve. survdiff stops with an
    // error when that matrix is singular (e.g. a group whose events all fall in strata where no
    // other group is at risk has E > 0 but no variance); a plain solve would then return an
    // arbitrary value that depends on the group order. In that case the quadratic form uses the
    // Moore–Penrose inverse of the variance of the kept groups (MASS::ginv's tolerance, sqrt(eps)
    // relative to the largest eigenvalue) with df = its rank, which is invariant to the order of
    // the groups (Rao 1973, Linear Statistical Inference, 3b.4).
    private static (double ChiSquare, int Df, bool Singular) ChiSquare(double[] o, double[] e, double[] var, int k)
    {
        var keep = Enumerable.Range(0, k).Where(g => e[g] > 0).ToArray();
        if (keep.Length < 2)
        {
            return (0, 0, false);
        }

        var full = Matrix<double>.Build.Dense(keep.Length, keep.Length, (r, c) => var[(keep[r] * k) + keep[c]]);
        var evd = full.Evd(Symmetricity.Symmetric);
        var eigenvalues = evd.EigenValues.Select(z => z.Real).ToArray();
        var tolerance = Math.Sqrt(Math.Pow(2, -52)) * Math.Max(eigenvalues.Max(), 0);
        var rank = eigenvalues.Count(l => l > tolerance);
        var oe = Vector<double>.Build.Dense(keep.Length, r => o[keep[r]] - e[keep[r]]);

        var m = keep.Length - 1;
        if (rank == m)
        {
            var vv = Matrix<double>.Build.Dense(m, m, (r, c) => var[(keep[r + 1] * k) + keep[c + 1]]);
            var d = Vector<double>.Build.Dense(m, r => oe[r + 1]);
            var x = vv.Solve(d);
            var chi = 0.0;
            for (var r = 0; r < m; r++)
            {
                chi += x[r] * d[r];
            }

            return (chi, m, false);
        }

        var pinv = 0.0;
        for (var i = 0; i < eigenvalues.Length; i++)
        {
            if (eigenvalues[i] > tolerance)
            {
                var projection = evd.EigenVectors.Column(i).DotProduct(oe);
                pinv += projection * projection / eigenvalues[i];
            }
        }

        return (pinv, rank, true);
    }

    private static LogRankTrendTest Trend(double[] o, double[] e, double[] var, int k, IReadOnlyList<double>? scores)
    {
        var w = scores is null ? Enumerable.Range(1, k).Select(i => (double)i).ToArray() : [.. scores];
        if (w.Length != k)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"TrendScores has {w.Length} values but there are {k} non-empty groups: give one score per group in level order."), nameof(scores));
        }

        double u = 0, v = 0;
        for (var j = 0; j < k; j++)
        {
            u += w[j] * (o[j] - e[j]);
            for (var g = 0; g < k; g++)
            {
                v += w[j] * var[(j * k) + g] * w[g];
            }
        }

        var chi = u * u / v;
        return new LogRankTrendTest([.. w], u, v, chi, UpperTail(chi, 1));
    }
}
