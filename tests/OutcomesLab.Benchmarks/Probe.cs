using System.Diagnostics;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// A quick stopwatch probe outside BenchmarkDotNet, for scaling runs and for peak memory measured
/// from outside (e.g. <c>/usr/bin/time -v</c>): <c>probe &lt;km|logrank|aj|efron|breslow&gt; [n] [repeats]</c>.
/// Prints one line per repeat and the median.
/// </summary>
internal static class Probe
{
    public static int Run(string[] args)
    {
        var what = args.Length > 1 ? args[1] : "km";
        var n = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var repeats = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var cohort = BenchmarkCohort.Create(n);
        Func<object> op = what switch
        {
            "km" => Bind(cohort.BySex(), s => KaplanMeier.Fit(s)),
            "logrank" => Bind(cohort.ByArm(), s => LogRankTest.Compute(s, new LogRankOptions { ComputePairwise = false })),
            "aj" => Bind(cohort.Competing(), s => CumulativeIncidence.Fit(s)),
            "efron" or "breslow" => BindCox(cohort, what == "efron" ? TieMethod.Efron : TieMethod.Breslow),
            _ => throw new ArgumentException($"unknown probe {what}"),
        };
        cohort = null;
        GC.Collect();
        var times = new List<double>();
        object? last = null;
        for (var r = 0; r < repeats; r++)
        {
            var before = GC.GetTotalAllocatedBytes(true);
            var sw = Stopwatch.StartNew();
            last = op();
            sw.Stop();
            var alloc = GC.GetTotalAllocatedBytes(true) - before;
            times.Add(sw.Elapsed.TotalMilliseconds);
            Console.WriteLine(FormattableString.Invariant($"{what} n={n} run {r}: {sw.Elapsed.TotalMilliseconds:F1} ms, allocated {alloc / 1048576.0:F1} MiB"));
        }

        times.Sort();
        Console.WriteLine(FormattableString.Invariant($"{what} n={n} median {times[times.Count / 2]:F1} ms (min {times[0]:F1}, max {times[^1]:F1}); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
        if (last is CoxResult cox)
        {
            Console.WriteLine(FormattableString.Invariant($"iterations {cox.Iterations}, loglik {cox.LogLik:R}, coef0 {cox.Coefficients[0].Coef:R}, concordance {cox.Concordance.Estimate:R}"));
        }

        return 0;
    }

    private static Func<object> Bind(SurvivalSample s, Func<SurvivalSample, object> f) => () => f(s);

    private static Func<object> BindCox(BenchmarkCohort cohort, TieMethod ties)
    {
        var s = cohort.Plain();
        var x = cohort.Design();
        return () => CoxRegression.Fit(s, x, new CoxOptions { Ties = ties });
    }
}
