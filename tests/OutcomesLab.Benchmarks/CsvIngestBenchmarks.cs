using BenchmarkDotNet.Attributes;
using OutcomesLab.IO;
using OutcomesLab.IO.Internal;
using OutcomesLab.Simulation;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// Reading a simulated cohort CSV (written once to a temporary file) into a typed table, in two
/// layouts: the simulator's 21 short columns (67 MB at 1M rows), and the registry-like 14 columns of
/// issue #9 and compare-with-r.sh (id, arm, age, sex, dose_mg, time_days, event and seven
/// full-precision N(0,1) covariates z1..z7: 173 MB at 1M rows).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class CsvIngestBenchmarks
{
    private string path = string.Empty;

    /// <summary>Number of simulated patients (rows).</summary>
    [Params(1_000_000)]
    public int Patients { get; set; }

    /// <summary>"simulated-21" or "registry-14".</summary>
    [Params("simulated-21", "registry-14")]
    public string Layout { get; set; } = "simulated-21";

    /// <summary>Writes the CSV once (seed 42).</summary>
    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"outcomeslab-bench-{Patients}-{Layout}-{Environment.ProcessId}.csv");
        if (Layout == "simulated-21")
        {
            using var writer = new StreamWriter(path);
            SimulatedCohortCsvWriter.Write(writer, CohortSimulator.Generate(new CohortSimulationOptions(Patients, 42)));
            return;
        }

        RegistryCohortCsv.Write(path, Patients);
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
