using BenchmarkDotNet.Attributes;
using OutcomesLab.EffectSizes;
using OutcomesLab.Inference;
using OutcomesLab.Simulation;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// Seeded BCa bootstrap (2,000 replicates, as R <c>boot</c> + <c>boot.ci(type = "bca")</c>) of Hedges' g
/// for the week-24 EQ VAS, buprenorphine vs methadone, in a simulated trial: resampling the pooled
/// patients' indices, the jackknife for the acceleration, and the percentile and BCa intervals.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class EffectSizeBootstrapBenchmarks
{
    private static readonly SmdOptions PointOnly = new() { CiMethod = SmdCiMethod.Normal };
    private double[] vas = null!;
    private bool[] treated = null!;

    /// <summary>Patients simulated (those assessed at week 24 in the two arms are bootstrapped).</summary>
    [Params(1_000, 10_000)]
    public int Patients { get; set; }

    /// <summary>Simulates the cohort once (seed 42) and keeps the assessed buprenorphine and methadone patients.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var kept = CohortSimulator.Generate(new CohortSimulationOptions(Patients, 42))
            .Where(p => p.Week24Vas is not null && p.Arm is TreatmentArm.Buprenorphine or TreatmentArm.Methadone)
            .ToArray();
        vas = [.. kept.Select(p => (double)p.Week24Vas!.Value)];
        treated = [.. kept.Select(p => p.Arm == TreatmentArm.Buprenorphine)];
    }

    /// <summary>Hedges' g of the resampled patients (the statistic R's boot would call).</summary>
    private double Hedges(ReadOnlySpan<int> rows)
    {
        var treatment = new List<double>(rows.Length);
        var control = new List<double>(rows.Length);
        foreach (var r in rows)
        {
            (treated[r] ? treatment : control).Add(vas[r]);
        }

        return treatment.Count < 2 || control.Count < 2
            ? double.NaN
            : StandardizedMeanDifference.HedgesG(treatment.ToArray(), control.ToArray(), PointOnly).Estimate;
    }

    /// <summary>2,000 replicates with BCa and percentile intervals, all cores, seed 1.</summary>
    [Benchmark]
    public BootstrapResult HedgesGBca() => Bootstrap.RunIndexed(vas.Length, Hedges, new BootstrapOptions { Replicates = 2000, Seed = 1 });
}
