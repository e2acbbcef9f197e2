using System.CommandLine;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Cli;

/// <summary>The options naming the index file of the retention and uds commands: --index, --index-day, --index-filter, --index-id, --group.</summary>
internal sealed class IndexOptions
{
    public Option<FileInfo> Index { get; } = new("--index") { Description = "CSV with one row per patient (after --index-filter): patient id, index day (e.g. randomisation) and group.", Required = true, HelpName = "FILE" };

    public Option<string> IndexDay { get; } = new("--index-day") { Description = "Column of the index file with the index day (study day from which time is counted).", Required = true, HelpName = "COLUMN" };

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
    public RetentionIndex Read(CommandRun run, string idColumn, string? censorColumn = null, bool? recordDates = null)
    {
        var table = run.ReadRecordTable(run.Parse.GetValue(Index)!, "--index");
        var indexId = run.Parse.GetValue(IndexId);
        return RetentionIndexReader.Read(
            table,
            new IndexColumns(run.Parse.GetValue(IndexFilter), indexId ?? idColumn, indexId is null ? SharedKeys.Id.Option : SharedKeys.IndexId.Option, run.Parse.GetValue(IndexDay)!, "--index-day", run.Parse.GetValue(Group), "--group", censorColumn, "--censor-day", "--index-filter") { RecordDates = recordDates },
            run.Warn);
    }

}
