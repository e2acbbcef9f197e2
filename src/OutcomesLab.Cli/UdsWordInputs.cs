using System.CommandLine;
using System.CommandLine.Parsing;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Cli;

/// <summary>The inputs of <c>outcomeslab uds</c> that build the weekly use-pattern words, shared with <c>plot uds-heatmap</c>.</summary>
internal sealed class UdsWordInputs
{
    public Option<FileInfo> Uds { get; } = new("--uds") { Description = "CSV of urine screen results: one row per substance found positive (patient, day, substance).", Required = true, HelpName = "FILE" };

    public Option<FileInfo> Visits { get; } = new("--visits") { Description = "CSV of visits: a visit with no positive row is a negative sample.", Required = true, HelpName = "FILE" };

    public Option<string?> Id { get; } = SettingOptions.Text(SharedKeys.Id, "COLUMN", required: true);

    public Option<string?> Day { get; } = SettingOptions.Text(SharedKeys.Day, "COLUMN", required: true);

    public Option<string> SubstanceColumn { get; } = SettingOptions.Create(UdsKeys.SubstanceColumn, "COLUMN");

    public Option<string> Substance { get; } = new("--substance") { Description = "Substance(s) that make a sample positive, comma-separated (e.g. Opioid).", Required = true, HelpName = "LIST" };

    public Option<string?> VisitFilter { get; } = new("--visit-filter") { Description = "Keep only visit rows where a sample was collected, e.g. what=visit.", HelpName = "COLUMN=VALUE" };

    public Option<(int First, int Last)> Weeks { get; } = WeeksOption();

    public IndexOptions Index { get; } = new();

    /// <summary>The word options, in the order the uds command has always listed them (the index options come last).</summary>
    public IEnumerable<Option> WordOptions => [Uds, Visits, Id, Day, SubstanceColumn, Substance, VisitFilter, Weeks];

    /// <summary>Reads the index, urine screens and visits and builds one word per index patient.</summary>
    public (UdsWords Words, RetentionIndex Cohort) Build(CommandRun run)
    {
        var idName = run.Parse.GetValue(Id)!;
        var cohort = Index.Read(run, idName);
        var udsTable = run.ReadRecordTable(run.Parse.GetValue(Uds)!, "--uds");
        var visitTable = run.ReadRecordTable(run.Parse.GetValue(Visits)!, "--visits");
        var (from, to) = run.Parse.GetValue(Weeks);
        var columns = new UdsWordColumns(
            idName,
            run.Parse.GetValue(Day)!,
            run.Parse.GetValue(SubstanceColumn)!,
            run.Parse.GetValue(Substance)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            run.Parse.GetValue(VisitFilter),
            from,
            to);
        return (UdsWordBuilder.Build(cohort, udsTable, visitTable, columns, flag => flag), cohort);
    }

    private static Option<(int First, int Last)> WeeksOption()
    {
        var option = SettingOptions.Parsed(UdsKeys.Weeks, "1-24", ParseWeeks);
        option.DefaultValueFactory = _ => UdsKeys.Weeks.Default;
        HelpDefaults.Declare(option, "1-24");
        return option;
    }

    private static (int First, int Last) ParseWeeks(ArgumentResult r)
    {
        var text = r.Tokens.Count == 0 ? "1-24" : r.Tokens[0].Value;
        if (UdsKeys.ParseWeeks(text) is { } weeks)
        {
            return weeks;
        }

        r.AddError($"--weeks \"{text}\": expected FIRST-LAST with 1 <= FIRST <= LAST, e.g. 1-24.");
        return (1, 1);
    }
}
