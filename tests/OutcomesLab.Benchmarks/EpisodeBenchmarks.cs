using BenchmarkDotNet.Attributes;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;
using OutcomesLab.Simulation;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// Episode building from simulated dispensing records (<see cref="DispensingSimulator"/>, seed 42,
/// gap 30, per-medication days supplied): in memory (<see cref="EpisodeBuilder.Build"/> on prebuilt
/// <see cref="DispensingRecords"/>), the streaming state machine over the same arrays, and the whole
/// streaming pass from a CSV file (<see cref="DispensingCsvStreamReader"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class EpisodeBenchmarks
{
    private readonly EpisodeOptions options = new() { Gap = EpisodeGap.Of(30) };
    private string path = string.Empty;
    private DispensingRecords records = null!;

    /// <summary>Target number of rows (the last patient is completed, so slightly more).</summary>
    [Params(1_000_000)]
    public int Rows { get; set; }

    /// <summary>Writes the CSV once and builds the in-memory records from the same simulation.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var simulation = new DispensingSimulationOptions(0, 42, Rows);
        path = Path.Combine(Path.GetTempPath(), $"outcomeslab-bench-dispensing-{Rows}-{Environment.ProcessId}.csv");
        using (var stream = File.Create(path))
        {
            SimulatedDispensingCsvWriter.Write(stream, simulation);
        }

        var ids = new List<string>();
        var days = new List<int>();
        var supply = new List<int>();
        var doses = new List<double>();
        var meds = new List<string?>();
        DispensingSimulator.Generate(simulation, r =>
        {
            ids.Add(r.Patient.ToString(System.Globalization.CultureInfo.InvariantCulture));
            days.Add(r.Day);
            supply.Add(r.DaysSupplied);
            doses.Add(r.Dose);
            meds.Add(SimulatedCohortCsvWriter.ArmLabel(r.Medication));
        });
        records = DispensingRecords.Create(ids, days, supply, doses, meds);
    }

    /// <summary>Deletes the temporary file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    /// <summary>In memory: <see cref="EpisodeBuilder.Build"/> (records already validated).</summary>
    [Benchmark(Baseline = true)]
    public int InMemory() => EpisodeBuilder.Build(records, options).Count;

    /// <summary>The streaming state machine over the same in-memory records.</summary>
    [Benchmark]
    public long StreamingFromArrays()
    {
        var builder = new StreamingEpisodeBuilder(options);
        long episodes = 0;
        for (var p = 0; p < records.Patients.Length; p++)
        {
            builder.StartPatient();
            for (var i = records.PatientStarts[p]; i < records.PatientStarts[p + 1]; i++)
            {
                if (builder.Add(records.Days[i], records.DaysSupplied[i], records.Doses[i], records.Medications[i], out _))
                {
                    episodes++;
                }
            }

            if (builder.EndPatient(out _))
            {
                episodes++;
            }
        }

        return episodes;
    }

    /// <summary>The whole streaming pass from the CSV file: parse, check order, build episodes (bounded memory).</summary>
    [Benchmark]
    public long StreamingFromCsv()
    {
        using var reader = DispensingCsvStreamReader.Open(path, new DispensingStreamColumns("patient", "day", "days_supplied", "dose_mg", "medication"));
        var builder = new StreamingEpisodeBuilder(options);
        long episodes = 0;
        while (reader.Read())
        {
            if (reader.IsNewPatient)
            {
                if (builder.EndPatient(out _))
                {
                    episodes++;
                }

                builder.StartPatient();
            }

            if (builder.Add(reader.Day, reader.DaysSupplied, reader.Dose, reader.Medication, out _))
            {
                episodes++;
            }
        }

        return builder.EndPatient(out _) ? episodes + 1 : episodes;
    }
}
