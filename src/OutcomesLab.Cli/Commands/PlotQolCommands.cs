using System.CommandLine;
using System.Globalization;
using OutcomesLab.IO;
using OutcomesLab.Outcomes;
using OutcomesLab.Plotting;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab plot eq5d-profile|trajectory</c>: EQ-5D profiles and mean QoL trajectories from a cohort CSV.</summary>
internal static class PlotQolCommands
{
    public static Command Eq5d(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var figure = new FigureOptions("journal-single");
        var items = new Option<string>("--items") { Description = "The five EQ-5D level columns in the order MO,SC,UA,PD,AD (default mo,sc,ua,pd,ad).", DefaultValueFactory = _ => "mo,sc,ua,pd,ad", HelpName = "MO,SC,UA,PD,AD" };
        var group = new Option<string?>("--group", "-g") { Description = "Column with the comparison groups (one bar per group in each dimension).", HelpName = "COLUMN" };
        var levels = new Option<int>("--levels") { Description = "5 for EQ-5D-5L (default) or 3 for EQ-5D-3L.", DefaultValueFactory = _ => 5, HelpName = "3|5" };
        levels.AcceptOnlyFromAmong("3", "5");
        var proportion = new Option<bool>("--proportion") { Description = "Label the y-axis in proportions instead of percent." };
        var arms = new ArmStyleOptions();
        var command = new Command("eq5d-profile", "EQ-5D profile (Devlin, Parkin & Browne 2010): per dimension, the share of respondents at each level, stacked, one bar per group.")
        {
            items, group, levels, proportion,
        };

        // Colours and line types of the profile are the EQ-5D levels', not the arms': only names and order apply.
        arms.AddTo(command, colors: false, lineTypes: false, legendTitle: false);
        csv.AddTo(command);
        figure.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var format = FigureOptions.Target(run);
                var names = run.Parse.GetValue(items)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (names.Length != 5)
                {
                    throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--items lists {names.Length} columns; EQ-5D has five (MO,SC,UA,PD,AD), in that order."));
                }

                var max = run.Parse.GetValue(levels);
                var table = csv.ReadTable(run);
                var groupName = run.Parse.GetValue(group);
                var columns = Columns(table, [.. names, .. groupName is null ? Array.Empty<string>() : [groupName]]);
                var states = new List<Eq5dState>();
                var groups = new List<string>();
                var problems = new List<InputProblem>();
                var total = 0;
                var skipped = 0;
                for (var r = 0; r < table.RowCount; r++)
                {
                    var level = new int[5];
                    var ok = true;
                    for (var d = 0; d < 5; d++)
                    {
                        var text = TableCsvWriter.CellText(table, columns[d], r);
                        if (text is null)
                        {
                            ok = false;
                            continue;
                        }

                        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out level[d]) || level[d] < 1 || level[d] > max)
                        {
                            total++;
                            ok = false;
                            if (problems.Count < 10)
                            {
                                problems.Add(new InputProblem(table.SourceFile, table.SourceLines[r], names[d], string.Create(CultureInfo.InvariantCulture, $"an EQ-5D-{max}L level: an integer 1 to {max}, or empty"), text, "Correct the value or leave the cell empty for a missing answer."));
                            }
                        }
                    }

                    string? g = null;
                    if (groupName is not null && (g = TableCsvWriter.CellText(table, columns[5], r)) is null)
                    {
                        ok = false;
                    }

                    if (!ok)
                    {
                        skipped++;
                        continue;
                    }

                    states.Add(Eq5dState.Create(level[0], level[1], level[2], level[3], level[4], max));
                    groups.Add(g ?? "All");
                }

                if (problems.Count > 0)
                {
                    throw new InputException(problems, total);
                }

                if (skipped > 0)
                {
                    run.Warn(string.Create(CultureInfo.InvariantCulture, $"{skipped} row(s) with a missing EQ-5D level or group left out of the profile."));
                }

                if (states.Count == 0)
                {
                    throw new UsageException("No row has all five EQ-5D levels: nothing to draw.");
                }

                if (groupName is null && (run.Parse.GetValue(arms.Labels) ?? run.Parse.GetValue(arms.Order)) is not null)
                {
                    throw new UsageException("--labels and --order name the levels of --group; give --group COLUMN.");
                }

                if (groupName is not null)
                {
                    // The profile lists groups in order of first appearance: put the rows in the arm order, then rename.
                    var order = arms.ArmOrder(run, groups, $"column \"{groupName}\"");
                    var display = arms.Names(run, order) ?? order;
                    var rows = Enumerable.Range(0, states.Count).OrderBy(i => IndexOf(order, groups[i])).ToList();
                    states = [.. rows.Select(i => states[i])];
                    groups = [.. rows.Select(i => display[IndexOf(order, groups[i])])];
                }

                var profile = Eq5dProfile.Compute(states, groupName is null ? null : groups, max);
                var options = new Eq5dProfilePlotOptions
                {
                    Preset = figure.Read(run),
                    Scale = run.Parse.GetValue(proportion) ? SurvivalScale.Proportion : SurvivalScale.Percent,
                    Title = run.Parse.GetValue(figure.Title),
                };
                return FigureOptions.Write(run, Eq5dProfileFigure.Create(profile, options), format);
            },
            "outcomeslab plot eq5d-profile --input data/simulated_cohort.csv --group arm --output eq5d-profile.png",
            "outcomeslab plot eq5d-profile --input data/simulated_cohort.csv --items mo_w24,sc_w24,ua_w24,pd_w24,ad_w24 --group arm --output eq5d-w24.svg");
        return command;
    }

    public static Command Trajectory(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var figure = new FigureOptions("journal-single");
        var visits = new Option<string>("--visits") { Description = "The score columns of the visits, in time order (wide format), e.g. eq_vas,eq_vas_w24.", Required = true, HelpName = "C1,C2,..." };
        var labels = new Option<string?>("--visit-labels") { Description = "x-axis label of each visit (default: the column names).", HelpName = "L1,L2,..." };
        var times = new Option<string?>("--visit-times") { Description = "Time of each visit for the x positions, e.g. 0,4,12,24 (default: evenly spaced).", HelpName = "T1,T2,..." };
        var group = new Option<string>("--group", "-g") { Description = "Column with the comparison groups (one line per group).", Required = true, HelpName = "COLUMN" };
        var norm = new Option<string?>("--norm") { Description = "Population-norm band to shade, as LOW,HIGH on the score scale (e.g. norm mean ± 1 SD).", HelpName = "LOW,HIGH" };
        var normLabel = new Option<string?>("--norm-label") { Description = "Legend label of the norm band (default 'Population norm').", HelpName = "TEXT" };
        var axes = new AxisTitleOptions("Visit", "Mean score");
        var arms = new ArmStyleOptions();
        var individual = new Option<bool>("--individual") { Description = "Also draw each subject's observed values as a thin, translucent line in the group colour." };
        var confLevel = OptionParsers.ConfidenceLevel();
        var command = new Command("trajectory", "Mean score per visit and group with t-based confidence intervals (mean ± t·SD/√n on the available values), optional population-norm band.")
        {
            visits, labels, times, group, norm, normLabel, individual, confLevel,
        };
        axes.AddTo(command);
        arms.AddTo(command);
        csv.AddTo(command);
        figure.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var format = FigureOptions.Target(run);
                var names = run.Parse.GetValue(visits)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var visitLabels = run.Parse.GetValue(labels) is { } l ? l.Split(',', StringSplitOptions.TrimEntries) : names;
                if (visitLabels.Length != names.Length)
                {
                    throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--visit-labels gives {visitLabels.Length} labels for {names.Length} --visits columns."));
                }

                double[]? visitTimes = null;
                if (run.Parse.GetValue(times) is { } t)
                {
                    visitTimes = Numbers("--visit-times", t);
                    if (visitTimes.Length != names.Length || visitTimes.Zip(visitTimes.Skip(1)).Any(p => p.Second <= p.First))
                    {
                        throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--visit-times: give {names.Length} increasing times, one per --visits column."));
                    }
                }

                double? lo = null, hi = null;
                if (run.Parse.GetValue(norm) is { } n)
                {
                    var band = Numbers("--norm", n);
                    if (band.Length != 2 || band[0] > band[1])
                    {
                        throw new UsageException($"--norm expects LOW,HIGH with LOW ≤ HIGH, e.g. --norm 70,90; found \"{n}\".");
                    }

                    (lo, hi) = (band[0], band[1]);
                }

                var table = csv.ReadTable(run);
                var groupName = run.Parse.GetValue(group)!;
                var columns = Columns(table, [.. names, groupName]);
                var values = new List<IReadOnlyList<double>>();
                var groups = new List<string>();
                var problems = new List<InputProblem>();
                var total = 0;
                for (var r = 0; r < table.RowCount; r++)
                {
                    var g = TableCsvWriter.CellText(table, columns[^1], r);
                    var row = new double[names.Length];
                    for (var v = 0; v < names.Length; v++)
                    {
                        var text = TableCsvWriter.CellText(table, columns[v], r);
                        row[v] = double.NaN;
                        if (text is not null && (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out row[v]) || !double.IsFinite(row[v])))
                        {
                            total++;
                            row[v] = double.NaN;
                            if (problems.Count < 10)
                            {
                                problems.Add(new InputProblem(table.SourceFile, table.SourceLines[r], names[v], "a number or empty", text, "Correct the value or leave the cell empty for a missing visit."));
                            }
                        }
                    }

                    if (g is not null)
                    {
                        values.Add(row);
                        groups.Add(g);
                    }
                }

                if (problems.Count > 0)
                {
                    throw new InputException(problems, total);
                }

                var result = QolTrajectory.Compute(values, visitLabels, visitTimes, groups, run.Parse.GetValue(confLevel));
                foreach (var p in result.Points.Where(p => p.N < 2))
                {
                    run.Warn(string.Create(CultureInfo.InvariantCulture, $"{p.Group} at {p.Visit}: {p.N} value(s), no confidence interval."));
                }

                var options = new QolTrajectoryPlotOptions
                {
                    Preset = figure.Read(run),
                    NormLower = lo,
                    NormUpper = hi,
                    NormLabel = run.Parse.GetValue(normLabel),
                    YLabel = axes.Y(run),
                    XLabel = axes.X(run),
                    Arms = arms.Styles(run, arms.ArmOrder(run, result.Groups, $"column \"{groupName}\"")),
                    GroupLabels = arms.Names(run, result.Groups),
                    LegendTitle = arms.Title(run),
                    Title = run.Parse.GetValue(figure.Title),
                    Subjects = run.Parse.GetValue(individual) ? [.. values.Select((row, i) => new QolSubjectValues(groups[i], [.. row]))] : [],
                };
                return FigureOptions.Write(run, QolTrajectoryFigure.Create(result, options), format);
            },
            "outcomeslab plot trajectory --input data/simulated_cohort.csv --visits eq_vas,eq_vas_w24 --visit-labels Baseline,\"Week 24\" --group arm --y-label \"EQ VAS\" --output trajectory.png",
            "outcomeslab plot trajectory --input data/simulated_cohort.csv --visits eq_vas,eq_vas_w24 --group arm --order methadone,buprenorphine,xr-naltrexone --labels \"xr-naltrexone=XR-naltrexone\" --legend-title Arm --linetypes solid --output trajectory-solid.png");
        return command;
    }

    private static int IndexOf(IReadOnlyList<string> order, string level)
    {
        for (var k = 0; k < order.Count; k++)
        {
            if (order[k] == level)
            {
                return k;
            }
        }

        return order.Count;
    }

    private static double[] Numbers(string option, string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var result = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out result[i]) || !double.IsFinite(result[i]))
            {
                throw new UsageException($"{option}: \"{parts[i]}\" is not a number.");
            }
        }

        return result;
    }

    private static int[] Columns(CohortTable table, IReadOnlyList<string> names)
    {
        var columns = new int[names.Count];
        var problems = new List<InputProblem>();
        for (var i = 0; i < names.Count; i++)
        {
            var column = table.FindColumn(names[i]);
            if (column is null)
            {
                problems.Add(new InputProblem(table.SourceFile, null, names[i], $"a column \"{names[i]}\"", null, $"The file has columns {string.Join(", ", table.Columns.Select(c => c.Name))}."));
            }
            else
            {
                columns[i] = column.Index;
            }
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems, problems.Count);
        }

        return columns;
    }
}
