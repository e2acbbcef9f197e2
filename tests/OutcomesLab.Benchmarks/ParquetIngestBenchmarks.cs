using BenchmarkDotNet.Attributes;
using OutcomesLab.IO;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// Parquet vs CSV ingest in-process (issue #16): the registry-like 1,000,000 x 14 cohort
/// (<see cref="RegistryCohortCsv"/>) read into the same typed <see cref="CohortTable"/> from its CSV
/// (<see cref="CohortCsvReader.ReadTable"/>, type inference) and from the Parquet file that
/// <c>outcomeslab convert</c> writes of it (<see cref="ParquetTableWriter"/>, default row groups of
/// 100,000 rows; <see cref="ParquetTableReader.ReadTable"/>, types from the schema). The setup checks
/// that both give the same columns, kinds and row count.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class ParquetIngestBenchmarks
{
    private string csv = string.Empty;
    private string parquet = string.Empty;

    /// <summary>Number of simulated patients (rows).</summary>
    [Params(1_000_000)]
    public int Patients { get; set; }

    /// <summary>Writes the CSV and converts it to Parquet once (seed 42).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var stem = Path.Combine(Path.GetTempPath(), $"outcomeslab-bench-{Patients}-registry-14-{Environment.ProcessId}");
        csv = stem + ".csv";
        parquet = stem + ".parquet";
        RegistryCohortCsv.Write(csv, Patients);
        var table = CohortCsvReader.ReadTable(csv);
        using (var stream = File.Create(parquet))
        {
            ParquetTableWriter.Write(table, stream);
        }

        var back = ParquetTableReader.ReadTable(parquet);
        if (back.RowCount != table.RowCount || !back.Columns.Select(c => (c.Name, c.Kind)).SequenceEqual(table.Columns.Select(c => (c.Name, c.Kind))))
        {
            throw new InvalidOperationException("the Parquet file does not read back as the CSV's table");
        }

        Console.WriteLine($"// CSV {new FileInfo(csv).Length / 1e6:F1} MB, Parquet {new FileInfo(parquet).Length / 1e6:F1} MB");
    }

    /// <summary>Deletes the temporary files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(csv);
        File.Delete(parquet);
    }

    /// <summary>The CSV through the span reader, with type inference.</summary>
    [Benchmark(Baseline = true)]
    public int ReadCsv() => CohortCsvReader.ReadTable(csv).RowCount;

    /// <summary>The Parquet file, types from its schema.</summary>
    [Benchmark]
    public int ReadParquet() => ParquetTableReader.ReadTable(parquet).RowCount;
}
