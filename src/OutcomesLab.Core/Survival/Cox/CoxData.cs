using System.Globalization;
using System.Runtime.CompilerServices;
using OutcomesLab.Design;
using OutcomesLab.Internal;

namespace OutcomesLab.Survival.Cox;

/// <summary>
/// The Cox model data sorted once by (stratum, stop time), with the covariates centred and scaled
/// as R's <c>coxfit6.c</c> / <c>agfit4.c</c> do (weighted mean; scale = sum(w) / sum(w |x - mean|);
/// columns with all values in {-1, 0, 1} are neither centred nor scaled: R's <c>nocenter</c>).
/// </summary>
internal sealed class CoxData
{
    private CoxData(int n, int p)
    {
        N = n;
        P = p;
        Stop = new double[n];
        Weight = new double[n];
        Status = new byte[n];
        Means = new double[p];
        Scale = new double[p];
    }

    private DesignMatrix? design;
    private double[]? x;
    private PooledArray<double>? scratch;
    private int[]? stratumOf;

    public int N { get; }

    public int P { get; }

    /// <summary>Sorted position -> original row.</summary>
    public int[] Order { get; private set; } = [];

    /// <summary>
    /// Centred and scaled covariates, sorted, row-major; materialised on first use (residuals, curves,
    /// PH test), never by the fit itself, which uses the pooled <see cref="KernelX"/>.
    /// </summary>
    public double[] X => LazyInitializer.EnsureInitialized(ref x, Materialise);

    public double[] Stop { get; }

    /// <summary>Entry (start) times when counting-process data, else null.</summary>
    public double[]? Start { get; private set; }

    public double[] Weight { get; }

    public byte[] Status { get; }

    public double[] Means { get; }

    public double[] Scale { get; }

    /// <summary>Boundaries of strata in sorted positions: stratum s is [StratumStart[s], StratumStart[s+1]).</summary>
    public int[] StratumStart { get; private set; } = [];

    /// <summary>Counting process: sorted positions ordered by start time descending within each stratum segment.</summary>
    public int[]? StartOrder { get; private set; }

    /// <summary>Stratum index per sorted position.</summary>
    public int[] StratumOf => LazyInitializer.EnsureInitialized(ref stratumOf, BuildStratumOf);

    public int EventCount { get; private set; }

    /// <summary>
    /// The centred and scaled sorted covariates for the Newton–Raphson kernel: the pooled copy made by
    /// <see cref="Create"/> until <see cref="ReleaseScratch"/>, afterwards <see cref="X"/>.
    /// </summary>
    public double[] KernelX => scratch is { } live ? live.Array : X;

    /// <summary>Returns the pooled copy of the sorted covariates; call once the kernel is done with it.</summary>
    public void ReleaseScratch()
    {
        if (scratch is { } live)
        {
            scratch = null;
            live.Dispose();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoxData Create(SurvivalSample sample, DesignMatrix x)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(x);
        var n = sample.Count;
        if (x.RowCount != n)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The design matrix has {x.RowCount} rows but the sample has {n} subjects: build both from the same rows."), nameof(x));
        }

        var p = x.ColumnCount;
        var d = new CoxData(n, p);
        var strataCodes = sample.Strata?.Codes;
        var nStrata = sample.Strata?.LevelCount ?? 1;

        for (var i = 0; i < n; i++)
        {
            var s = sample.Status[i];
            if (s > 1)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Status of subject {i} is cause {s}: a Cox model needs 0 = censored / 1 = event. Recode competing causes (e.g. fit a cause-specific model with other causes censored)."), nameof(sample));
            }

            if (sample.HasWeights && !(sample.Weights[i] > 0))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"weights[{i}] is {sample.Weights[i].ToString("R", CultureInfo.InvariantCulture)}: a Cox model needs positive case weights (R: \"Invalid weights, must be >0\"). Drop rows with weight 0."), nameof(sample));
            }
        }

        // Sorted by (stratum, stop time), ties in row order as R's order().
        var codes = strataCodes is not { } sc || nStrata <= 1 ? ReadOnlySpan<int>.Empty : sc.AsSpan();
        d.Order = SurvivalSort.StableOrder(sample.Times.AsSpan(), codes, Math.Max(nStrata, 1), out var offsets);
        if (!codes.IsEmpty)
        {
            var starts = new List<int>();
            for (var s = 0; s < nStrata; s++)
            {
                if (offsets[s + 1] > offsets[s])
                {
                    starts.Add(offsets[s]);
                }
            }

            starts.Add(n);
            d.StratumStart = [.. starts];
        }
        else
        {
            d.StratumStart = [0, n];
        }

        var events = 0;
        var sumW = 0.0;
        for (var k = 0; k < n; k++)
        {
            var row = d.Order[k];
            d.Stop[k] = sample.Times[row];
            d.Status[k] = (byte)sample.Status[row];
            events += d.Status[k];
            d.Weight[k] = sample.WeightAt(row);
            sumW += d.Weight[k];
        }

        d.EventCount = events;
        if (sample.HasEntryTimes)
        {
            d.Start = new double[n];
            for (var k = 0; k < n; k++)
            {
                d.Start[k] = sample.EntryTimes[d.Order[k]];
            }

            d.StartOrder = new int[n];
            for (var s = 0; s + 1 < d.StratumStart.Length; s++)
            {
                var lo = d.StratumStart[s];
                var len = d.StratumStart[s + 1] - lo;
                var sk = new double[len];
                var si = new int[len];
                for (var k = 0; k < len; k++)
                {
                    sk[k] = -d.Start[lo + k];
                    si[k] = lo + k;
                }

                Array.Sort(sk, si);
                Array.Copy(si, 0, d.StartOrder, lo, len);
            }
        }

        // Rows scattered into sorted order (reads stream through the matrix; with tied times the
        // writes go to few sequential runs), then centred and scaled in place (coxfit6.c). The copy
        // lives in a pooled buffer for the duration of the fit only: fresh n x p memory is expensive
        // here through first-touch page faults, and a warm pool makes repeated fits skip them.
        d.design = x;
        var order = d.Order;
        d.scratch = PooledArray<double>.Rent(n * p);
        var xs = d.scratch.Value.Array;
        using (var rankBuffer = PooledArray<int>.Rent(n))
        {
            var rank = rankBuffer.Array;
            for (var k = 0; k < n; k++)
            {
                rank[order[k]] = k;
            }

            for (var i = 0; i < n; i++)
            {
                x.CopyRow(i, xs.AsSpan(rank[i] * p, p));
            }
        }

        var zeroOne = new bool[p];
        var mean = new double[p];
        Array.Fill(zeroOne, true);
        for (var k = 0; k < n; k++)
        {
            var wk = d.Weight[k];
            var row = xs.AsSpan(k * p, p);
            for (var j = 0; j < row.Length; j++)
            {
                var v = row[j];
                if (v != 0 && v != 1 && v != -1)
                {
                    zeroOne[j] = false;
                }

                mean[j] += wk * v;
            }
        }

        for (var j = 0; j < p; j++)
        {
            d.Means[j] = zeroOne[j] ? 0 : mean[j] / sumW;
        }

        var absSum = new double[p];
        for (var k = 0; k < n; k++)
        {
            var wk = d.Weight[k];
            var row = xs.AsSpan(k * p, p);
            for (var j = 0; j < row.Length; j++)
            {
                if (!zeroOne[j])
                {
                    absSum[j] += wk * Math.Abs(row[j] - d.Means[j]);
                }
            }
        }

        for (var j = 0; j < p; j++)
        {
            d.Scale[j] = zeroOne[j] || !(absSum[j] > 0) ? 1.0 : sumW / absSum[j];
        }

        for (var k = 0; k < n; k++)
        {
            d.CentreRow(xs.AsSpan(k * p, p));
        }

        return d;
    }

    // Built on first use (PH test, predictions, concordance with strata): a fit without strata never needs it.
    private int[] BuildStratumOf()
    {
        var of = new int[N];
        for (var s = 0; s + 1 < StratumStart.Length; s++)
        {
            of.AsSpan(StratumStart[s], StratumStart[s + 1] - StratumStart[s]).Fill(s);
        }

        return of;
    }

    private double[] Materialise()
    {
        var p = P;
        var xs = new double[N * p];
        if (scratch is { } live)
        {
            live.Span.CopyTo(xs);
            return xs;
        }

        using (var rankBuffer = PooledArray<int>.Rent(N))
        {
            var rank = rankBuffer.Array;
            for (var k = 0; k < N; k++)
            {
                rank[Order[k]] = k;
            }

            for (var i = 0; i < N; i++)
            {
                design!.CopyRow(i, xs.AsSpan(rank[i] * p, p));
            }
        }

        for (var k = 0; k < N; k++)
        {
            CentreRow(xs.AsSpan(k * p, p));
        }

        return xs;
    }

    // (x - mean) * scale, the rounding of R's centred copy; columns left as they are (R's nocenter)
    // have mean 0 and scale 1, which reproduces them exactly.
    private void CentreRow(Span<double> row)
    {
        var m = Means.AsSpan(0, row.Length);
        var sc = Scale.AsSpan(0, row.Length);
        for (var j = 0; j < row.Length; j++)
        {
            row[j] = (row[j] - m[j]) * sc[j];
        }
    }
}
