using System.CommandLine;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Cli;

/// <summary>The dosing/dispensing options of retention, episodes and plot gap-sensitivity, each built from the setting the report's retention analysis declares.</summary>
internal sealed class DispensingOptions
{
    /// <summary>Creates the options; <paramref name="fileNote"/> is appended to the description of --dispensing (e.g. the streaming note of episodes).</summary>
    public DispensingOptions(string fileNote = "", bool dose = true)
    {
        File = new(RetentionKeys.Dispensing.Option) { Description = RetentionKeys.Dispensing.OptionDescription + fileNote, Required = true, HelpName = "FILE" };
        Dose = dose ? SettingOptions.Text(RetentionKeys.Dose, "COLUMN") : null;
    }

    /// <summary>--dispensing: the records file.</summary>
    public Option<FileInfo> File { get; }

    /// <summary>--id: the patient column.</summary>
    public Option<string?> Id { get; } = SettingOptions.Text(SharedKeys.Id, "COLUMN", required: true);

    /// <summary>--day: the study-day column.</summary>
    public Option<string?> Day { get; } = SettingOptions.Text(SharedKeys.Day, "COLUMN", required: true);

    /// <summary>--dose, or null where the command does not use doses.</summary>
    public Option<string?>? Dose { get; }

    /// <summary>--days-supplied.</summary>
    public Option<string?> DaysSupplied { get; } = SettingOptions.Text(RetentionKeys.DaysSupplied, "COLUMN");

    /// <summary>--medication.</summary>
    public Option<string?> Medication { get; } = SettingOptions.Text(RetentionKeys.Medication, "COLUMN");

    /// <summary>--medication-map: drug codes of --medication to medications.</summary>
    public Option<FileInfo?> MedicationMap { get; } = new(RetentionKeys.MedicationMap.Option) { Description = RetentionKeys.MedicationMap.OptionDescription, HelpName = "FILE" };

    /// <summary>--switch.</summary>
    public Option<string> Switch { get; } = SettingOptions.Names(RetentionKeys.Switch);

    /// <summary>--overlap.</summary>
    public Option<string> Overlap { get; } = SettingOptions.Names(RetentionKeys.Overlap);

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option?[] { File, Id, Day, Dose, DaysSupplied, Medication, MedicationMap, Switch, Overlap })
        {
            if (option is not null)
            {
                command.Options.Add(option);
            }
        }
    }

    /// <summary>The patient column given with --id.</summary>
    public string IdColumn(CommandRun run) => run.Parse.GetValue(Id)!;

    /// <summary>The switch rule given with --switch.</summary>
    public EpisodeSwitchRule SwitchRule(CommandRun run) => RetentionKeys.Switch.FromName(run.Parse.GetValue(Switch)!);

    /// <summary>The overlap rule given with --overlap.</summary>
    public EpisodeOverlapRule OverlapRule(CommandRun run) => RetentionKeys.Overlap.FromName(run.Parse.GetValue(Overlap)!);

    /// <summary>Reads the records of --dispensing (a whole table: retention and the gap-sensitivity plot); <paramref name="dates"/> tells whether --day named fill dates.</summary>
    public DispensingRecords Read(CommandRun run, out bool dates)
    {
        var map = ReadMap(run);
        var medication = run.Parse.GetValue(Medication);
        var options = map is not null && medication is not null ? new CsvReadOptions { TextColumns = [medication] } : null;
        var table = run.ReadRecordTable(run.Parse.GetValue(File)!, File.Name, options);
        return DispensingRecordsReader.Read(table, IdColumn(run), run.Parse.GetValue(Day)!, Dose is null ? null : run.Parse.GetValue(Dose), run.Parse.GetValue(DaysSupplied), medication, map, d => run.Warn([d]), out dates);
    }

    /// <summary>The --medication-map, read and registered as an input, or null; refused without --medication (the column of codes it translates).</summary>
    public MedicationMap? ReadMap(CommandRun run)
    {
        if (run.Parse.GetValue(MedicationMap) is not { } file)
        {
            return null;
        }

        if (run.Parse.GetValue(Medication) is null)
        {
            throw new UsageException($"--medication-map translates the drug codes of a column: name it with --medication COLUMN (e.g. --medication ndc --medication-map {file.Name}).");
        }

        run.RegisterInput(file.FullName);
        return IO.MedicationMap.Read(file.FullName);
    }

    /// <summary>The columns for the streaming reader of episodes.</summary>
    public DispensingStreamColumns StreamColumns(CommandRun run) =>
        new(IdColumn(run), run.Parse.GetValue(Day)!, run.Parse.GetValue(DaysSupplied), Dose is null ? null : run.Parse.GetValue(Dose), run.Parse.GetValue(Medication));
}
