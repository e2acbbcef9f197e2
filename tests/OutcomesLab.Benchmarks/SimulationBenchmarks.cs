using BenchmarkDotNet.Attributes;
using OutcomesLab.IO;
using OutcomesLab.Simulation;

namespace OutcomesLab.Benchmarks;

/// <summary>Cost of generating and formatting a synthetic cohort (the input of every other benchmark).</summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    [Params(100_000)]
    public int Patients { get; set; }

    [Benchmark]
    public long GenerateAndFormat()
    {
        using var writer = new StreamWriter(Stream.Null);
        return SimulatedCohortCsvWriter.Write(writer, CohortSimulator.Generate(new CohortSimulationOptions(Patients, 42)));
    }
}
