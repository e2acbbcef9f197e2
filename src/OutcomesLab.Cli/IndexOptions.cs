using System.CommandLine;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Cli;

/// <summary>The options naming the index file of the retention and uds commands: --index, --index-day, --index-filter, --index-id, --group.</summary>
internal sealed class IndexOptions
{
    public Option<FileInfo?> Index { get; } = new("--index") { Description = "CSV with one row per patient (after --index-filter): patient id, index day (e.g. randomisation) and group. Without it, cohort entry is by first fill: each patient's index day is their first record and the group is its medication (the initiating medication), as claims studies and NQF #3175 define entry.", HelpName = "FILE" };

    public Option<string?> IndexDay { get; } = new("--index-day") { Description = "Column of the index file with the index day (study day from which time is counted); required with --index.", HelpName = "COLUMN" };

    public Option<string?> IndexFilter { get; } = new("--index-filter") { Description = "Keep only index rows whose column has this value, e.g. which=1 (the first randomisation).", HelpName = "COLUMN=VALUE" };

    public Option<string?> IndexId { get; } = SettingOptions.Text(SharedKeys.IndexId, "COLUMN");

    public Option<string?> Group { get; } = new("--group", "-g") { Description = "Column of the index file with the comparison groups (arms).", HelpName = "COLUMN" };

    public IEnumerable<Option> All => [Index, IndexDay, IndexFilter, IndexId, Group];

    public void AddTo(Command command)
    {
        foreach (var o in All)
        {
            command.Options.Add(o);
        }
    }

    /// <summary>
    /// Reads the index file; a patient listed twice after filtering is an input error naming both lines.
    /// <paramref name="recordDates"/> (fill dates or study days in the records; null: study days only)
    /// requires --index-day and --censor-day of the same kind.
    /// </summary>
    public RetentionIndex Read(CommandRun run, string idColumn, string? censorColumn = null, bool? recordDates = null) =>
        Read(run, idColumn, censorColumn, recordDates, null);

    /// <summary>
    /// The index file as <see cref="Read(CommandRun, string, string?, bool?)"/>, or, without --index, cohort entry by
    /// first fill from <paramref name="records"/> (<see cref="RetentionIndex.FromFirstRecords"/>); then the
    /// index-file options are refused, since they would change nothing.
    /// </summary>
    public RetentionIndex Read(CommandRun run, string idColumn, string? censorColumn, bool? recordDates, DispensingRecords? records)
    {
        if (run.Parse.GetValue(Index) is not { } file)
        {
            if (records is null)
            {
                throw new UsageException("Give --index FILE with one row per patient and --index-day COLUMN.");
            }

            foreach (var option in (Option[])[IndexDay, IndexFilter, IndexId, Group])
            {
                if (run.Parse.GetResult(option) is { Implicit: false })
                {
                    throw new UsageException($"{option.Name} describes the --index file, but no --index was given (cohort entry by first fill). Give --index FILE, or leave {option.Name} out.");
                }
            }

            if (censorColumn is not null)
            {
                throw new UsageException("--censor-day is a column of the --index file, but no --index was given (cohort entry by first fill). Give --index FILE, or leave --censor-day out.");
            }

            run.Note(records.HasMedications
                ? "no --index: cohort entry by first fill (each patient's index day is their first record) and groups by the medication of that fill."
                : "no --index: cohort entry by first fill (each patient's index day is their first record), one group (no --medication).");
            return RetentionIndex.FromFirstRecords(records);
        }

        if (run.Parse.GetValue(IndexDay) is null)
        {
            throw new UsageException("--index needs --index-day COLUMN: the column with each patient's index day (or date).");
        }

        var table = run.ReadRecordTable(file, "--index");
        var indexId = run.Parse.GetValue(IndexId);
        return RetentionIndexReader.Read(
            table,
            new IndexColumns(run.Parse.GetValue(IndexFilter), indexId ?? idColumn, indexId is null ? SharedKeys.Id.Option : SharedKeys.IndexId.Option, run.Parse.GetValue(IndexDay)!, "--index-day", run.Parse.GetValue(Group), "--group", censorColumn, "--censor-day", "--index-filter") { RecordDates = recordDates },
            run.Warn);
    }

}
