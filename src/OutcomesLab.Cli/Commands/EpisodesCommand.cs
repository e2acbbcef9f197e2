using System.Buffers.Text;
using System.CommandLine;
using System.Globalization;
using System.Text;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Cli.Commands;

/// <summary>
/// <c>outcomeslab episodes</c>: treatment episodes from a dispensing file of any size, streamed in one
/// pass (<see cref="DispensingCsvStreamReader"/>, or <see cref="DispensingParquetStreamReader"/> one row
/// group at a time, -> <see cref="StreamingEpisodeBuilder"/> -> CSV), with memory that does not grow with
/// the file. The file must be sorted by patient, then day.
/// </summary>
internal static class EpisodesCommand
{
    private static readonly byte[] Header = "patient,episode,start,end,days,records,covered_days,medication,max_dose,ended_by\n"u8.ToArray();

    public static Command Create(CommandFactoryContext context)
    {
        var records = new DispensingOptions(" CSV, or Parquet for a .parquet file or with --input-format parquet (integer/double days or DATE/TIMESTAMP fill dates, string or integer ids, nullable dose and medication), of any size: it is read in one streaming pass, a Parquet file one row group at a time, so memory is bounded by the largest row group.");
        var inputFormat = new Option<TableFileFormat?>("--input-format")
        {
            Description = "How --dispensing is read: csv or parquet (default: parquet for a .parquet file, else csv).",
            HelpName = "csv|parquet",
            CustomParser = CsvInputOptions.ParseInputFormat,
        };
        var gap = SettingOptions.Parsed(RetentionKeys.Gap, "DAYS|none", RetentionCommand.ParseGap);
        gap.Required = true;
        var command = new Command("episodes", "Treatment episodes from a dispensing file of any size, streamed in one pass with bounded memory: writes one CSV row per episode (patient, episode, start, end, days, records, covered_days, medication, max_dose, ended_by) to --output and prints counts and median episode lengths. The file must be sorted by patient, then day.");
        records.AddTo(command);
        foreach (var option in new Option[] { inputFormat, gap })
        {
            command.Options.Add(option);
        }

        context.Bind(
            command,
            run =>
            {
                if (run.Output is null)
                {
                    throw new UsageException("episodes needs --output FILE for the episode table (one row per episode). Example: outcomeslab episodes --dispensing dispensing.csv --id patient --day day --gap 14 --output episodes.csv");
                }

                var file = run.Parse.GetValue(records.File)!;
                run.RegisterInput(file.FullName);
                run.CheckOutputTarget();
                var columns = records.StreamColumns(run);
                var options = new EpisodeOptions
                {
                    Gap = run.Parse.GetValue(gap)!,
                    Switch = records.SwitchRule(run),
                    Overlap = records.OverlapRule(run),
                };
                var map = records.ReadMap(run);
                map?.CheckDoseSource(columns.Dose is not null);

                using var reader = DispensingRecordReaders.Open(file.FullName, columns, run.Parse.GetValue(inputFormat));
                var summary = new EpisodeStreamSummary();
                var tally = map is null ? null : new MedicationCodeTally(map);
                void Work(IProgress<long>? progress) =>
                    run.WriteOutputFile(run.Output.FullName, stream =>
                    {
                        Stream(reader, options, stream, summary, progress, tally);
                        if (tally?.Finish(file.FullName, columns.Medication!) is { } warning)
                        {
                            run.Warn([warning]);
                        }
                    });
                if (reader.Length >= 50_000_000)
                {
                    run.Progress("building episodes", reader.Length, Work);
                }
                else
                {
                    Work(null);
                }

                var result = summary.ToResult();
                run.Note(string.Create(CultureInfo.InvariantCulture, $"wrote {result.Episodes} episodes of {result.Patients} patients to {run.Output}."));
                if (reader.DaysFromFirstFill)
                {
                    run.Note($"{run.Parse.GetValue(records.Day)} holds fill dates: start and end count days from each patient's first fill{(map is null ? "" : " of a mapped code")} (day 0), as episodes has no index date.");
                }

                run.Stdout.Write(run.Format == OutputFormat.Json ? EpisodeJson.Write(result, options) : TableRenderer.Render([Table(result, options)], run.Format));
                return ExitCodes.Ok;
            },
            "outcomeslab simulate dispensing --patients 1000 --seed 42 --output dispensing.csv && outcomeslab episodes --dispensing dispensing.csv --id patient --day day --days-supplied days_supplied --medication medication --gap 14 --output episodes.csv",
            "outcomeslab simulate dispensing --rows 1000000 --seed 1 --output big.csv && outcomeslab episodes --dispensing big.csv --id patient --day day --days-supplied days_supplied --gap 30 --output big-episodes.csv",
            "outcomeslab simulate dispensing --patients 1000 --seed 42 --output dispensing.csv && outcomeslab convert --input dispensing.csv --output dispensing.parquet --row-group-size 10000 && outcomeslab episodes --dispensing dispensing.parquet --id patient --day day --days-supplied days_supplied --medication medication --gap 14 --output episodes.csv");
        return command;
    }

    /// <summary>
    /// The one pass: records in, episode rows out through a fixed byte buffer. With a <paramref name="codes"/>
    /// tally the medication column holds drug codes: records with an unmapped code are skipped (and
    /// counted), the others get the map's medication (and strength as dose); with fill dates, day 0 is
    /// the patient's first mapped fill, not a fill of another drug.
    /// </summary>
    internal static void Stream(IDispensingRecordReader reader, EpisodeOptions options, Stream output, EpisodeStreamSummary summary, IProgress<long>? progress, MedicationCodeTally? codes = null)
    {
        var builder = new StreamingEpisodeBuilder(options);
        var writer = new EpisodeRowWriter(output);
        writer.Write(Header);
        var patient = "";
        byte[] patientField = [];
        var pendingPatient = false;
        var anchor = 0;
        while (reader.Read())
        {
            StreamedEpisode done;
            pendingPatient |= reader.IsNewPatient;
            var medication = reader.Medication;
            var dose = reader.Dose;
            if (codes is not null)
            {
                if (!codes.TryMap(medication, out var entry))
                {
                    continue;
                }

                medication = entry.Medication;
                if (codes.Map.HasStrength)
                {
                    dose = entry.Strength ?? double.NaN;
                }
            }

            if (pendingPatient)
            {
                pendingPatient = false;
                anchor = codes is not null && reader.DaysFromFirstFill ? reader.Day : 0;
                if (builder.EndPatient(out done))
                {
                    summary.Add(done);
                    writer.Episode(patientField, done);
                }

                builder.StartPatient();
                patient = reader.PatientId;
                patientField = Encoding.UTF8.GetBytes(CsvCell.Format(patient));
                writer.EpisodeNumber = 0;
                if (progress is not null && (builder.PatientCount & 0x3FFF) == 0)
                {
                    progress.Report(reader.BytesRead);
                }
            }

            if (builder.Add(reader.Day - anchor, reader.DaysSupplied, dose, medication, out done))
            {
                summary.Add(done);
                writer.Episode(patientField, done);
            }
        }

        if (builder.EndPatient(out var last))
        {
            summary.Add(last);
            writer.Episode(patientField, last);
        }

        writer.Flush();
        progress?.Report(reader.Length);
    }

    private static TextTable Table(EpisodeStreamSummaryResult r, EpisodeOptions options) => new(
        $"Treatment episodes (gap {options.Gap}, {(options.Switch == EpisodeSwitchRule.NewEpisode ? "new episode on a medication switch" : "switches continue the episode")})",
        ["patients", "records", "episodes", "ended by gap", "ended by switch", "patients with one episode", "median episode days", "median first-episode days"],
        [[Int(r.Patients), Int(r.Records), Int(r.Episodes), Int(r.EndedByGap), Int(r.EndedBySwitch), Int(r.PatientsWithOneEpisode), NumberText.Short(r.MedianEpisodeDays), NumberText.Short(r.MedianFirstEpisodeDays)]])
    {
        RightAligned = Enumerable.Range(0, 8).ToHashSet(),
    };

    private static string Int(long v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats episode rows into a reused byte buffer (invariant; "R" round-trip doses as the retention --episodes-out file).</summary>
    private sealed class EpisodeRowWriter(Stream output)
    {
        private readonly byte[] _buffer = new byte[1 << 20];
        private readonly Dictionary<string, byte[]> _medications = new(StringComparer.Ordinal);
        private int _used;

        public int EpisodeNumber { get; set; }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            if (_used + bytes.Length > _buffer.Length)
            {
                Flush();
            }

            if (bytes.Length > _buffer.Length)
            {
                output.Write(bytes);
                return;
            }

            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
        }

        public void Episode(byte[] patient, in StreamedEpisode e)
        {
            EpisodeNumber++;
            Write(patient);
            Comma();
            Number(EpisodeNumber);
            Comma();
            Number(e.Start);
            Comma();
            Number(e.End);
            Comma();
            Number(e.Days);
            Comma();
            Number(e.Records);
            Comma();
            Number(e.CoveredDays);
            Comma();
            if (e.Medication is not null)
            {
                if (!_medications.TryGetValue(e.Medication, out var bytes))
                {
                    bytes = Encoding.UTF8.GetBytes(CsvCell.Format(e.Medication));
                    if (_medications.Count < 256)
                    {
                        _medications[e.Medication] = bytes;
                    }
                }

                Write(bytes);
            }

            Comma();
            if (double.IsFinite(e.MaxDose))
            {
                Write(Encoding.UTF8.GetBytes(e.MaxDose.ToString("R", CultureInfo.InvariantCulture)));
            }

            Comma();
            Write(e.EndedBy switch
            {
                EpisodeEnding.Gap => "gap\n"u8,
                EpisodeEnding.Switch => "switch\n"u8,
                _ => "last_record\n"u8,
            });
        }

        public void Flush()
        {
            output.Write(_buffer, 0, _used);
            _used = 0;
        }

        private void Comma() => Write(","u8);

        private void Number(long value)
        {
            if (_used + 24 > _buffer.Length)
            {
                Flush();
            }

            Utf8Formatter.TryFormat(value, _buffer.AsSpan(_used), out var n);
            _used += n;
        }
    }
}
