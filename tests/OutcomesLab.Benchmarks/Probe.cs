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
        if (what == "coxparts")
        {
            return CoxParts(cohort, repeats);
        }

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
        var cpus = new List<double>();
        object? last = null;
        for (var r = 0; r < repeats; r++)
        {
            var before = GC.GetTotalAllocatedBytes(true);
            var gc2 = GC.CollectionCount(2);
            var pause0 = GC.GetTotalPauseDuration();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            last = op();
            sw.Stop();
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds;
            cpus.Add(cpu);
            var alloc = GC.GetTotalAllocatedBytes(true) - before;
            times.Add(sw.Elapsed.TotalMilliseconds);
            Console.WriteLine(FormattableString.Invariant($"{what} n={n} run {r}: {sw.Elapsed.TotalMilliseconds:F1} ms (CPU {cpu:F1} ms), allocated {alloc / 1048576.0:F1} MiB, gen2 GCs {GC.CollectionCount(2) - gc2}, GC pause {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:F0} ms"));
        }

        times.Sort();
        cpus.Sort();
        Console.WriteLine(FormattableString.Invariant($"{what} n={n} median {times[times.Count / 2]:F1} ms, median CPU {cpus[cpus.Count / 2]:F1} ms (min {times[0]:F1}, max {times[^1]:F1}); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB"));
        if (last is CoxResult cox)
        {
            Console.WriteLine(FormattableString.Invariant($"iterations {cox.Iterations}, loglik {cox.LogLik:R}, coef0 {cox.Coefficients[0].Coef:R}, concordance {cox.Concordance.Estimate:R}"));
        }

        return 0;
    }

    // Phases of an Efron fit, timed separately (internal APIs).
    private static int CoxParts(BenchmarkCohort cohort, int repeats)
    {
        var s = cohort.Plain();
        var x = cohort.Design();
        for (var r = 0; r < repeats; r++)
        {
            var proc = Process.GetCurrentProcess();
            var c0 = proc.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var d = CoxData.Create(s, x);
            proc.Refresh();
            var c1 = proc.TotalProcessorTime;
            var tData = sw.Elapsed.TotalMilliseconds;
            var kernel = new CoxKernel(d, efron: true);
            sw.Restart();
            var beta = new double[d.P];
            kernel.Evaluate(beta);
            beta[0] = 0.01;
            kernel.Evaluate(beta);
            kernel.Evaluate(beta);
            kernel.Evaluate(beta);
            var tEval = sw.Elapsed.TotalMilliseconds / 4;
            proc.Refresh();
            var c2 = proc.TotalProcessorTime;
            sw.Restart();
            CoxConcordanceKernel.Compute(d, kernel.Eta, null);
            d.ReleaseScratch();
            var tConc = sw.Elapsed.TotalMilliseconds;
            proc.Refresh();
            var c3 = proc.TotalProcessorTime;
            Console.WriteLine(FormattableString.Invariant($"data {tData:F1} ms (CPU {(c1 - c0).TotalMilliseconds:F0}), mean of 4 evaluations {tEval:F1} ms (CPU {(c2 - c1).TotalMilliseconds / 4:F0}), concordance {tConc:F1} ms (CPU {(c3 - c2).TotalMilliseconds:F0})"));
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
