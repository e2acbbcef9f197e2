using BenchmarkDotNet.Attributes;
using OutcomesLab.Design;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Benchmarks;

/// <summary>Cox regression with 10 numeric covariates on a simulated cohort, after loading.</summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class CoxBenchmarks
{
    private SurvivalSample sample = null!;
    private DesignMatrix design = null!;

    /// <summary>Number of simulated patients.</summary>
    [Params(1_000_000)]
    public int Patients { get; set; }

    /// <summary>Simulates the cohort once (seed 42).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var cohort = BenchmarkCohort.Create(Patients);
        sample = cohort.Plain();
        design = cohort.Design();
    }

    /// <summary>Efron ties (R's default).</summary>
    [Benchmark]
    public CoxResult CoxEfron() => CoxRegression.Fit(sample, design, new CoxOptions { Ties = TieMethod.Efron });

    /// <summary>Breslow ties.</summary>
    [Benchmark]
    public CoxResult CoxBreslow() => CoxRegression.Fit(sample, design, new CoxOptions { Ties = TieMethod.Breslow });
}
