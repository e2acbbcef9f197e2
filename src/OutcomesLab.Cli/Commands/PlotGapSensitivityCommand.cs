using System.CommandLine;
using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab plot gap-sensitivity</c>: retention at day D per arm across permissible gaps, from the inputs of <c>outcomeslab retention --gap-sweep</c>.</summary>
internal static class PlotGapSensitivityCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var figure = new FigureOptions("journal-single");
        var dispensing = new Option<FileInfo>("--dispensing") { Description = "CSV of dosing or dispensing records, one row per dose or fill, sorted by patient then day.", Required = true, HelpName = "FILE" };
        var id = new Option<string>("--id") { Description = "Patient column (in the dispensing file and, unless --index-id, the index file).", Required = true, HelpName = "COLUMN" };
        var day = new Option<string>("--day") { Description = "Column with the integer study day of each record.", Required = true, HelpName = "COLUMN" };
        var supplied = new Option<string?>("--days-supplied") { Description = "Column with the days supplied per record (default: 1, daily dosing).", HelpName = "COLUMN" };
        var medication = new Option<string?>("--medication") { Description = "Column with the medication (for per-medication gaps and --switch).", HelpName = "COLUMN" };
        var sweep = new Option<EpisodeGap[]?>("--gap-sweep") { Description = "The gaps to compare, e.g. 7,14,30,none (x-axis, in this order).", Required = true, HelpName = "LIST", CustomParser = RetentionCommand.ParseGaps };
        var switchRule = SettingOptions.Names(RetentionKeys.Switch);
        var retainedAt = new Option<int[]>("--retained-at") { Description = "Day after the index day whose retention is drawn (one value; default 180).", DefaultValueFactory = _ => [180], CustomParser = RetentionCommand.ParseDays, HelpName = "DAY" };
        var horizon = SettingOptions.Create(RetentionKeys.Horizon, "DAYS");
        var dataEnd = SettingOptions.Create(RetentionKeys.DataEnd, "DAY");
        var censorDay = new Option<string?>("--censor-day") { Description = "Column of the index file with a day after which the patient is not observed (death, transfer).", HelpName = "COLUMN" };
        var itt = SettingOptions.Create(RetentionKeys.Itt);
        var percent = new Option<bool>("--percent") { Description = "Label the y-axis in percent instead of proportions." };
        var suppress = SuppressionOption.Create("Small-cell suppression: a point whose retained count is 1..K-1 is not drawn (its percentage would reveal the count).");
        var index = new IndexOptions();
        var command = new Command("gap-sensitivity", "Retention at one day per arm across permissible gaps (the gap-sensitivity sweep of 'outcomeslab retention'), from the same inputs.")
        {
            dispensing, id, day, supplied, medication, sweep, switchRule, retainedAt, horizon, dataEnd, censorDay, itt, percent, suppress,
        };
        index.AddTo(command);
        figure.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var format = FigureOptions.Target(run);
                var suppressBelow = SuppressionOption.Read(run, suppress);
                var days = run.Parse.GetValue(retainedAt)!;
                if (days.Length != 1)
                {
                    throw new UsageException($"--retained-at: give one day to draw (e.g. 161); found {days.Length}.");
                }

                var gaps = run.Parse.GetValue(sweep)!;
                var idName = run.Parse.GetValue(id)!;
                var table = run.ReadRecordTable(run.Parse.GetValue(dispensing)!, "--dispensing");
                var cohort = index.Read(run, idName, run.Parse.GetValue(censorDay));
                var records = DispensingRecordsReader.Read(table, idName, run.Parse.GetValue(day)!, null, run.Parse.GetValue(supplied), run.Parse.GetValue(medication));
                var options = new RetentionOptions
                {
                    Episodes = new EpisodeOptions
                    {
                        Gap = gaps[0],
                        Switch = run.Parse.GetValue(switchRule) == "new-episode" ? EpisodeSwitchRule.NewEpisode : EpisodeSwitchRule.Continuous,
                    },
                    Horizon = run.Parse.GetValue(horizon),
                    DataEndDay = run.Parse.GetValue(dataEnd),
                    RetainedAtDays = days,
                    IntentionToTreat = run.Parse.GetValue(itt),
                };
                if (options.Horizon is < 1)
                {
                    throw new UsageException($"--horizon {options.Horizon}: expected at least 1 day.");
                }

                var result = RetentionAnalysis.GapSweep(records, cohort, gaps, options);
                foreach (var d in result.Results[0].Diagnostics)
                {
                    run.Warn(d.Message);
                }

                var plot = new GapSensitivityPlotOptions
                {
                    Preset = figure.Read(run),
                    Scale = run.Parse.GetValue(percent) ? SurvivalScale.Percent : SurvivalScale.Proportion,
                    Title = run.Parse.GetValue(figure.Title),
                    SuppressBelow = suppressBelow,
                };
                return FigureOptions.Write(run, GapSensitivityFigure.Create(result, plot), format);
            },
            "outcomeslab plot gap-sensitivity --dispensing data/ctn0027/treatment.csv --id who --day when --gap-sweep 7,14,30,none --index data/ctn0027/randomization.csv --index-day when --index-filter which=1 --group treatment --retained-at 161 --horizon 168 --output gaps.png");
        return command;
    }
}
