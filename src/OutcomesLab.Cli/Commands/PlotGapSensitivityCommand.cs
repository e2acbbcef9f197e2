using System.CommandLine;
using System.Globalization;
using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab plot gap-sensitivity</c>: retention at day D per arm across permissible gaps, from the inputs of <c>outcomeslab retention --gap-sweep</c>.</summary>
internal static class PlotGapSensitivityCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var figure = new FigureOptions("journal-single");
        var records = new DispensingOptions(dose: false);
        var sweep = SettingOptions.Parsed(RetentionKeys.GapSweep, "LIST", RetentionCommand.ParseGaps, "The gaps to compare, e.g. 7,14,30,none (x-axis, in this order).");
        sweep.Required = true;
        var drawn = RetentionKeys.RetainedAt.Default[^1];
        var retainedAt = SettingOptions.Parsed(RetentionKeys.RetainedAt, "DAY", RetentionCommand.ParseDays, string.Create(CultureInfo.InvariantCulture, $"Day after the index day whose retention is drawn (one value; default {drawn}, the last of retention's default, which the report's gap-sensitivity figure draws too)."));
        retainedAt.DefaultValueFactory = _ => [drawn];
        var horizon = SettingOptions.Create(RetentionKeys.Horizon, "DAYS");
        var dataEnd = SettingOptions.Create(RetentionKeys.DataEnd, "DAY");
        var censorDay = SettingOptions.Text(RetentionKeys.CensorDay, "COLUMN");
        var itt = SettingOptions.Create(RetentionKeys.Itt);
        var percent = new Option<bool>("--percent") { Description = "Label the y-axis in percent instead of proportions." };
        var suppress = SuppressionOption.Create("Small-cell suppression: a point whose retained count is 1..K-1 is not drawn (its percentage would reveal the count).");
        var index = new IndexOptions();
        var arms = new ArmStyleOptions("--group levels of --index");
        var axes = new AxisTitleOptions("Permissible gap (days without medication)", "Retained at day D");
        var command = new Command("gap-sensitivity", "Retention at one day per arm across permissible gaps (the gap-sensitivity sweep of 'outcomeslab retention'), from the same inputs.");
        records.AddTo(command);
        foreach (var option in new Option[] { sweep, retainedAt, horizon, dataEnd, censorDay, itt, percent, suppress })
        {
            command.Options.Add(option);
        }

        index.AddTo(command);
        arms.AddTo(command);
        axes.AddTo(command);
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
                var dispensing = records.Read(run, out var dated);
                var cohort = index.Read(run, records.IdColumn(run), run.Parse.GetValue(censorDay), dated, dispensing);
                if (dated && run.Parse.GetValue(dataEnd) is not null)
                {
                    throw new UsageException("--data-end is a study day, but --day names fill dates: leave --data-end out (the data end is then the last covered date of any record), or give the records as study days.");
                }

                var options = new RetentionOptions
                {
                    Episodes = new EpisodeOptions
                    {
                        Gap = gaps[0],
                        Switch = records.SwitchRule(run),
                        Overlap = records.OverlapRule(run),
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

                var result = RetentionAnalysis.GapSweep(dispensing, cohort, gaps, options);
                run.Warn(result.Results[0].Diagnostics);

                var groups = result.Rows.Select(r => r.Summary.Group).Distinct(StringComparer.Ordinal).ToList();
                var plot = new GapSensitivityPlotOptions
                {
                    Arms = arms.Styles(run, arms.ArmOrder(run, groups, "the --index groups")),
                    GroupLabels = arms.Names(run, groups),
                    LegendTitle = arms.Title(run),
                    XLabel = axes.X(run),
                    YLabel = axes.Y(run),
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
