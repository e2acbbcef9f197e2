using System.CommandLine;
using System.Globalization;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab plot distribution</c>: a score's distribution by arm as box plots (Tukey) or histograms.</summary>
internal static class PlotDistributionCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var figure = new FigureOptions("journal-single");
        var value = new Option<string>("--value") { Description = "Numeric column to show (e.g. a QoL score).", Required = true, HelpName = "COLUMN" };
        var group = new Option<string?>("--group", "-g") { Description = "Column with the groups (one box or bar colour per group).", HelpName = "COLUMN" };
        var kind = new Option<string>("--kind") { Description = "box (Tukey box plots: quartiles by R's type 7, whiskers to 1.5 IQR, outliers) or histogram (shared Sturges bins).", DefaultValueFactory = _ => "box", HelpName = "box|histogram" };
        kind.AcceptOnlyFromAmong("box", "histogram");
        var label = new Option<string?>("--value-label") { Description = "Axis title of the value (default: the column name).", HelpName = "TEXT" };
        var arms = new ArmStyleOptions();
        var command = new Command("distribution", "Distribution of a numeric column by group: box plots (quartiles, Tukey whiskers, outliers) or side-by-side histograms on shared bins.")
        {
            value, group, kind, label,
        };
        csv.AddTo(command);
        arms.AddTo(command, lineTypes: false);
        figure.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var format = FigureOptions.Target(run);
                var table = csv.ReadTable(run);
                var valueName = run.Parse.GetValue(value)!;
                var values = ColumnValues.Numbers(table, valueName, "value");
                var groupName = run.Parse.GetValue(group);
                var labels = groupName is null ? null : ColumnValues.Texts(table, groupName, "group");
                var keptValues = new List<double>();
                var keptGroups = new List<string>();
                for (var i = 0; i < values.Length; i++)
                {
                    if (!double.IsNaN(values[i]) && (labels is null || labels[i] is not null))
                    {
                        keptValues.Add(values[i]);
                        keptGroups.Add(labels?[i] ?? "All");
                    }
                }

                var dropped = values.Length - keptValues.Count;
                if (dropped > 0)
                {
                    run.Warn(string.Create(CultureInfo.InvariantCulture, $"{dropped} of {values.Length} rows have a missing {valueName}{(groupName is null ? "" : " or " + groupName)} and are left out."));
                }

                if (keptValues.Count == 0)
                {
                    throw new UsageException($"Column \"{valueName}\" has no values to show.");
                }

                var histogram = run.Parse.GetValue(kind) == "histogram";
                if (!histogram && arms.Title(run) is not null)
                {
                    throw new UsageException("--legend-title: box plots name the groups under the axis and have no legend; drop it or use --kind histogram.");
                }

                if (groupName is null && (run.Parse.GetValue(arms.Labels) ?? run.Parse.GetValue(arms.Order)) is not null)
                {
                    throw new UsageException("--labels and --order name the levels of --group; give --group COLUMN.");
                }

                var summary = DistributionSummary.Compute(keptValues, labels is null ? null : keptGroups);
                var groups = summary.Groups.Select(s => s.Group).ToList();
                var options = new DistributionPlotOptions
                {
                    Arms = arms.Styles(run, arms.ArmOrder(run, groups, $"column \"{groupName}\"")),
                    GroupLabels = groupName is null ? null : arms.Names(run, groups),
                    LegendTitle = arms.Title(run),
                    Preset = figure.Read(run),
                    Kind = histogram ? DistributionKind.Histogram : DistributionKind.Box,
                    ValueLabel = run.Parse.GetValue(label) ?? valueName,
                    Title = run.Parse.GetValue(figure.Title),
                };
                return FigureOptions.Write(run, DistributionFigure.Create(summary, options), format);
            },
            "outcomeslab plot distribution --input data/simulated_cohort.csv --value eq_vas_w24 --group arm --value-label \"EQ VAS, week 24\" --output eqvas-box.png",
            "outcomeslab plot distribution --input data/simulated_cohort.csv --value eq_vas --group arm --kind histogram --output eqvas-hist.svg");
        return command;
    }
}
