using BenchmarkDotNet.Attributes;
using OutcomesLab.IO;
using OutcomesLab.IO.Internal;
using OutcomesLab.Simulation;

namespace OutcomesLab.Benchmarks;

/// <summary>Reading a simulated cohort CSV (written once to a temporary file) into a typed table.</summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class CsvIngestBenchmarks
{
    private string path = string.Empty;

    /// <summary>Number of simulated patients (rows).</summary>
    [Params(1_000_000)]
    public int Patients { get; set; }

    /// <summary>Writes the CSV once (seed 42).</summary>
    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"outcomeslab-bench-{Patients}-{Environment.ProcessId}.csv");
        using var writer = new StreamWriter(path);
        SimulatedCohortCsvWriter.Write(writer, CohortSimulator.Generate(new CohortSimulationOptions(Patients, 42)));
    }

    /// <summary>Deletes the temporary file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    /// <summary>Whole-file ingest with type inference (the span reader; CsvHelper only for files it declines).</summary>
    [Benchmark]
    public int ReadTable() => CohortCsvReader.ReadTable(path).RowCount;

    /// <summary>The same through CsvHelper's parser only (the reader before the span fast path).</summary>
    [Benchmark(Baseline = true)]
    public int ReadTableCsvHelper() => TableLoader.Load(path, CsvReadOptions.Default, IngestPath.CsvHelper).RowCount;
}
