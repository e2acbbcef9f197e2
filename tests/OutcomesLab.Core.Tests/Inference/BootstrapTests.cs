using OutcomesLab.Inference;
using OutcomesLab.Testing;
using Xunit;

namespace OutcomesLab.Core.Tests.Inference;

public sealed class BootstrapTests
{
    private static readonly double[] X = [2.1, 3.4, 1.9, 5.6, 4.4, 2.8, 7.3, 3.0, 2.2, 9.1];

    private static double Mean(ReadOnlySpan<double> s)
    {
        var m = 0.0;
        foreach (var v in s)
        {
            m += v;
        }

        return m / s.Length;
    }

    [Fact]
    public void Bca_and_percentile_match_R_boot_on_given_replicates()
    {
        // R (boot 1.3-28): x as above; t0 <- mean(x); b <- 1:499; u <- (b * 0.6180339887498949) %% 1
        // tt <- t0 + 2*qnorm(u) + 0.5*qnorm(u)^2; jack <- sapply(1:10, function(i) mean(x[-i]))
        // L <- 9*(mean(jack) - jack); boot:::bca.ci(fake, conf = .95, t0 = t0, t = tt, L = L)[4:5]; boot:::perc.ci(tt)[4:5]
        var t0 = X.Average();
        var tt = Enumerable.Range(1, 499).Select(b =>
        {
            var u = b * 0.6180339887498949 % 1;
            var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, u);
            return t0 + (2 * z) + (0.5 * z * z);
        }).ToArray();
        var jack = Enumerable.Range(0, X.Length).Select(i => X.Where((_, j) => j != i).Average()).ToArray();
        var r = Bootstrap.Summarise(t0, tt, jack, 0.95, 0);
        NumericAssert.Close(2.2318056034665368, r.BcaLower, rel: 1e-10);
        NumericAssert.Close(10.847449667403483, r.BcaUpper, rel: 1e-10);
        NumericAssert.Close(2.2053998109827928, r.PercentileLower, rel: 1e-10);
        NumericAssert.Close(10.130357156417373, r.PercentileUpper, rel: 1e-10);
        NumericAssert.Close(-0.0025116542185402166, r.BiasCorrection, rel: 1e-8);
        NumericAssert.Close(0.050880699648819916, r.Acceleration, rel: 1e-10);
    }

    [Fact]
    public void Result_does_not_depend_on_thread_count()
    {
        var o1 = new BootstrapOptions { Replicates = 3000, Seed = 20261126, MaxDegreeOfParallelism = 1 };
        var o4 = o1 with { MaxDegreeOfParallelism = 4 };
        var a = Bootstrap.Run(X, Mean, o1);
        var b = Bootstrap.Run(X, Mean, o4);
        Assert.Equal(a.Values, b.Values);
        Assert.Equal(a.BcaLower, b.BcaLower);
        Assert.Equal(a.PercentileUpper, b.PercentileUpper);
        var c = Bootstrap.Run(X, Mean, o1 with { Seed = 7 });
        Assert.NotEqual(a.Values, c.Values);

        // sanity: bootstrap SE of the mean ≈ sd·sqrt((n−1)/n)/sqrt(n)
        var sd = Math.Sqrt(X.Sum(v => (v - X.Average()) * (v - X.Average())) / 9);
        NumericAssert.Close(sd * Math.Sqrt(0.9) / Math.Sqrt(10), a.StandardError, rel: 0.06);
        Assert.True(a.BcaLower < X.Average() && X.Average() < a.BcaUpper);
    }

    [Fact]
    public void Degenerate_replicates_are_counted_and_reported()
    {
        // statistic undefined when the resample has fewer than 3 distinct values... use: NaN when the first unit is absent
        var res = Bootstrap.RunIndexed(6, idx => idx.Contains(0) ? idx.Length : double.NaN, new BootstrapOptions { Replicates = 500, Seed = 3 });
        Assert.True(res.FailedReplicates > 100 && res.FailedReplicates < 300); // P(unit 0 absent) = (5/6)^6 ≈ 0.33
        Assert.Contains(res.Diagnostics, d => d.Code == "degenerate-replicates");
    }

    [Fact]
    public void Progress_reaches_the_number_of_replicates()
    {
        var last = 0;
        var gate = new Lock();
        var progress = new SyncProgress(v =>
        {
            lock (gate)
            {
                last = Math.Max(last, v);
            }
        });
        Bootstrap.Run(X, Mean, new BootstrapOptions { Replicates = 400, Progress = progress });
        Assert.Equal(400, last);
    }

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
