using BenchmarkDotNet.Attributes;
using OutcomesLab.Survival;

namespace OutcomesLab.Benchmarks;

/// <summary>Kaplan–Meier, log-rank and Aalen–Johansen on a simulated cohort, after loading.</summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class SurvivalBenchmarks
{
    private SurvivalSample bySex = null!;
    private SurvivalSample byArm = null!;
    private SurvivalSample competing = null!;

    /// <summary>Number of simulated patients.</summary>
    [Params(1_000_000)]
    public int Patients { get; set; }

    /// <summary>Simulates the cohort once (seed 42).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var cohort = BenchmarkCohort.Create(Patients);
        bySex = cohort.BySex();
        byArm = cohort.ByArm();
        competing = cohort.Competing();
    }

    /// <summary>Kaplan–Meier by sex (2 curves).</summary>
    [Benchmark]
    public KaplanMeierResult KaplanMeier2Groups() => KaplanMeier.Fit(bySex);

    /// <summary>Log-rank test across the 3 arms (pairwise tests off, as survdiff).</summary>
    [Benchmark]
    public LogRankResult LogRank3Groups() => LogRankTest.Compute(byArm, new LogRankOptions { ComputePairwise = false });

    /// <summary>Aalen–Johansen cumulative incidence of 3 causes in 3 arms, with Gray's test.</summary>
    [Benchmark]
    public CumulativeIncidenceResult AalenJohansen() => CumulativeIncidence.Fit(competing);

    /// <summary>Aalen–Johansen without Gray's test.</summary>
    [Benchmark]
    public CumulativeIncidenceResult AalenJohansenNoGray() => CumulativeIncidence.Fit(competing, new CumulativeIncidenceOptions { GrayTest = false });
}
