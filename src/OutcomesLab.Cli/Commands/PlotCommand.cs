using System.CommandLine;
using OutcomesLab.IO;
using OutcomesLab.Plotting;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab plot km|cif|cox|eq5d-profile|trajectory|...</c>: publication figures from the same inputs as the matching analysis commands.</summary>
internal static class PlotCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var command = new Command("plot", "Publication figures (PNG or SVG by the --output extension; journal presets; Okabe-Ito colours): km (Kaplan-Meier with number-at-risk table), cif (cumulative incidence), cox (hazard-ratio forest plot), cox-survival (Cox-predicted survival curves for covariate profiles), uds-heatmap (weekly urine screens), gap-sensitivity (retention across permissible gaps), forest-compare (outcome-domain comparison), meta (meta-analysis forest plot), eq5d-profile (EQ-5D level shares per dimension), trajectory (mean QoL with CIs by visit and arm).");
        command.Subcommands.Add(Km(context));
        command.Subcommands.Add(Cif(context));
        command.Subcommands.Add(Cox(context));
        command.Subcommands.Add(PlotCoxSurvivalCommand.Create(context));
        command.Subcommands.Add(PlotUdsHeatmapCommand.Create(context));
        command.Subcommands.Add(PlotGapSensitivityCommand.Create(context));
        command.Subcommands.Add(PlotForestCommands.Compare(context));
        command.Subcommands.Add(PlotForestCommands.Meta(context));
        command.Subcommands.Add(PlotQolCommands.Eq5d(context));
        command.Subcommands.Add(PlotQolCommands.Trajectory(context));
        command.Subcommands.Add(PlotDistributionCommand.Create(context));
        foreach (var figure in command.Subcommands)
        {
            context.Writes(figure, CommandOutput.Figure);
        }

        context.Examples[command] = ["outcomeslab plot km --input data/addicts/addicts.csv --time days --event departed --group clinic --output km.png"];
        return command;
    }

    internal static Option<TimeUnit> Unit(string name, string description) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => TimeUnit.Days,
        CustomParser = r => (r.Tokens.Count == 0 ? "days" : r.Tokens[0].Value).ToLowerInvariant() switch
        {
            "days" or "day" or "d" => TimeUnit.Days,
            "weeks" or "week" or "w" => TimeUnit.Weeks,
            "months" or "month" or "m" => TimeUnit.Months,
            "years" or "year" or "y" => TimeUnit.Years,
            var other => Fail(r, $"{name}: expected days, weeks, months or years; found \"{other}\"."),
        },
        HelpName = "days|weeks|months|years",
    };

    private static TimeUnit Fail(System.CommandLine.Parsing.ArgumentResult r, string message)
    {
        r.AddError(message);
        return TimeUnit.Days;
    }

    internal static Option<RiskTableRows> RiskTable() => new("--risk-table")
    {
        Description = "Table blocks under the plot, comma-separated: at-risk (default), events, censored; or none.",
        DefaultValueFactory = _ => RiskTableRows.AtRisk,
        CustomParser = r =>
        {
            var rows = RiskTableRows.None;
            foreach (var part in string.Join(",", r.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                rows |= part.ToLowerInvariant() switch
                {
                    "at-risk" => RiskTableRows.AtRisk,
                    "events" => RiskTableRows.Events,
                    "censored" => RiskTableRows.Censored,
                    "none" => RiskTableRows.None,
                    _ => Error(r, part),
                };
            }

            return rows;
        },
        HelpName = "at-risk,events,censored|none",
    };

    private static RiskTableRows Error(System.CommandLine.Parsing.ArgumentResult r, string part)
    {
        r.AddError($"--risk-table: \"{part}\" is not a block; use at-risk, events, censored or none.");
        return RiskTableRows.None;
    }

    private static Command Km(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var axis = new StepAxisOptions(bandsOnByDefault: true);
        var roles = new SurvivalRoleOptions(groupRequired: false, axis.Dates);
        roles.Strata.Description = "Column whose levels split every curve: one line per group x stratum, labelled \"group, stratum\" in the legend and the risk table (R survfit(Surv(t, s) ~ group + strata(z))); the p-value is then the log-rank test of --group stratified by this column (R survdiff(... ~ group + strata(z))).";
        var figure = new FigureOptions("journal-single");

        var median = new Option<bool>("--median") { Description = "Draw dashed lines at the median retention of each group." };
        var noP = new Option<bool>("--no-p") { Description = "Leave out the log-rank p-value (printed by default with two or more --group levels; with --strata the stratified test, none with --strata alone)." };
        var axes = new AxisTitleOptions("Time since start (days)' in the axis unit", "Probability of retention");
        var arms = new ArmStyleOptions();
        var suppress = SuppressionOption.Create("Small-cell suppression: counts 1..K-1 in the table under the plot print as \"<K\" (primary suppression only: the rows have no totals).");
        var confType = SettingOptions.Create(KmKeys.ConfType);
        var command = new Command("km", "Kaplan-Meier retention curves per group with CI bands, censoring marks, optional median lines, the log-rank p and a number-at-risk table aligned with the x ticks, in one image.");
        csv.AddTo(command);
        roles.AddTo(command);
        figure.AddTo(command);
        foreach (var option in axis.All().Concat([median, noP, confType, suppress]))
        {
            command.Options.Add(option);
        }

        axes.AddTo(command, xMax: true);
        arms.AddTo(command);

        context.Bind(
            command,
            run =>
            {
                var format = FigureOptions.Target(run);
                var suppressBelow = SuppressionOption.Read(run, suppress);
                var table = csv.ReadTable(run);
                var cohort = roles.Cohort(run, table, EventKind.Binary);
                var sample = roles.Sample(run, cohort, arms.OrderGiven(run), "--order");
                var fit = KaplanMeier.Fit(sample, new KaplanMeierOptions { CiTransform = run.Parse.GetValue(confType) });
                var curves = fit.Curves.Select(c => c.Group).ToList();
                var names = GroupLabelOption.CurveLabels(run.Parse.GetValue(arms.Labels), "--labels", sample.Groups?.Levels ?? [], curves, sample.Strata is not null);

                // Arms are the --group levels; with --strata every curve (group x stratum) is one.
                var styles = arms.Styles(run, sample.Strata is null && sample.Groups is not null ? (IReadOnlyList<string>)sample.Groups.Levels : curves);
                double? p = null;
                if (sample.Groups is not null && sample.Groups.LevelCount > 1 && !run.Parse.GetValue(noP))
                {
                    p = LogRankTest.Compute(sample).PValue;
                }

                var options = new KaplanMeierPlotOptions
                {
                    Preset = figure.Read(run),
                    InputTimeUnit = axis.Input(run),
                    DisplayTimeUnit = axis.Display(run),
                    Scale = axis.Scale(run),
                    ConfidenceBands = axis.ConfidenceBands(run),
                    MedianLines = run.Parse.GetValue(median),
                    RiskTable = axis.Rows(run),
                    XTickStep = axis.Tick(run),
                    PValue = p,
                    PValueLabel = sample.Strata is null ? "Log-rank" : "Stratified log-rank",
                    Title = run.Parse.GetValue(figure.Title),
                    YLabel = axes.Y(run),
                    XLabel = axes.X(run),
                    XMax = axes.Max(run),
                    GroupLabels = names,
                    Arms = styles,
                    LegendTitle = arms.Title(run),
                    SuppressBelow = suppressBelow,
                };
                run.Warn(fit.Diagnostics);

                return FigureOptions.Write(run, KaplanMeierFigure.Create(fit, options), format);
            },
            "outcomeslab plot km --input data/addicts/addicts.csv --time days --event departed --group clinic --median --output km.png",
            "outcomeslab plot km --input data/simulated_cohort.csv --time time_days --event event --group arm --axis-unit months --percent --risk-table at-risk,events --preset journal-double --dpi 600 --output km.svg",
            "outcomeslab plot km --input data/addicts/addicts.csv --time days --event departed --group clinic --suppress-below 11 --output km-suppressed.png",
            "outcomeslab plot km --input data/addicts/addicts.csv --time days --event departed --group clinic --strata prison --output km-clinic-prison.png",
            "outcomeslab plot km --input data/addicts/addicts.csv --time days --event departed --group clinic --order 2,1 --labels \"1=Clinic 1,2=Clinic 2\" --conf-type log-log --x-max 900 --tick-step 180 --x-label \"Days in methadone maintenance\" --output km-labelled.png",
            "outcomeslab plot km --input data/simulated_cohort.csv --time time_days --event event --group arm --order methadone,buprenorphine,xr-naltrexone --colors \"#000000,#E69F00,#56B4E9\" --legend-title Arm --break-by 90 --width 120 --height 100 --output km-arms.png");
        return command;
    }

    private static Command Cif(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var figure = new FigureOptions("journal-single");
        var time = new Option<string>("--time") { Description = "Column with the follow-up time.", Required = true, HelpName = "COLUMN" };
        var status = new Option<string>("--event") { Description = "Column with 0 for censored and a positive cause code otherwise.", Required = true, HelpName = "COLUMN" };
        var group = new Option<string?>("--group", "-g") { Description = "Column with the comparison groups (adds Gray's test per cause).", HelpName = "COLUMN" };
        var causes = new Option<string?>("--causes") { Description = "Causes to draw and their names, e.g. 1=dropout,2=transfer,3=death (default: all, named 'cause k').", HelpName = "K=NAME,..." };
        var axis = new StepAxisOptions(bandsOnByDefault: false, "Label the y-axis in percent.");
        axis.Bands.Description = "Shade the pointwise CIs of every curve (off by default, as survminer's ggcompetingrisks conf.int = FALSE and cmprsk's plot.cuminc: bands of several causes overlap). The band is the interval 'outcomeslab cif' tabulates: the SE of --variance on the scale of --conf-type.";
        var noCi = new Option<bool>("--no-ci") { Description = "Draw no CI bands (the default; the opposite of --ci)." };
        var confType = SettingOptions.Create(CifKeys.ConfType);
        var variance = SettingOptions.Names(CifKeys.Variance);
        var confLevel = OptionParsers.ConfidenceLevel();
        var panels = SettingOptions.Create(CifKeys.Panels);
        var dates = axis.Dates;
        var suppress = SuppressionOption.Create("Small-cell suppression: counts 1..K-1 in the table under the plot print as \"<K\" (primary suppression only: the rows have no totals).");
        var arms = new ArmStyleOptions();
        var command = new Command("cif", "Cumulative incidence of competing causes (Aalen-Johansen) per group, colour by group and line pattern by cause, with Gray's test and a number-at-risk table.");
        csv.AddTo(command);
        figure.AddTo(command);
        command.Options.Add(time);
        dates.AddTo(command, time);
        foreach (var option in new Option[] { status, group, causes }.Concat(axis.All(tickStep: false)).Concat([panels, noCi, confType, variance, confLevel, suppress]))
        {
            command.Options.Add(option);
        }

        arms.AddTo(command);

        context.Bind(
            command,
            run =>
            {
                var format = FigureOptions.Target(run);
                var (selected, names) = ParseCauses(run.Parse.GetValue(causes));
                var suppressBelow = SuppressionOption.Read(run, suppress);
                var bands = CifBands(run, axis, noCi, [confType, variance, confLevel]);
                var (table, timeColumn) = dates.Apply(run, csv.ReadTable(run));
                var cohort = CohortData.FromTable(table, new ColumnRoles
                {
                    Time = timeColumn,
                    Event = run.Parse.GetValue(status)!,
                    EventKind = EventKind.Codes,
                    Group = run.Parse.GetValue(group),
                });
                run.Warn(cohort.Diagnostics);

                var levels = cohort.Group is null ? [] : cohort.Group.Distinct(StringComparer.Ordinal).ToList();
                if (cohort.Group is null && (run.Parse.GetValue(arms.Labels) ?? run.Parse.GetValue(arms.Order)) is not null)
                {
                    throw new UsageException("--labels and --order name the levels of --group; give --group COLUMN.");
                }

                var order = arms.ArmOrder(run, levels, $"column \"{run.Parse.GetValue(group)}\"");
                var fit = CumulativeIncidence.Fit(cohort.ToSurvivalSample(cohort.Group is null ? null : new SurvivalSampleOptions(GroupLevels: [.. order])), new CumulativeIncidenceOptions
                {
                    VarianceMethod = run.Parse.GetValue(variance) == "jackknife" ? CifVarianceMethod.InfinitesimalJackknife : CifVarianceMethod.Delta,
                    ConfidenceLevel = run.Parse.GetValue(confLevel),
                    ConfidenceTransform = run.Parse.GetValue(confType),
                });
                var missing = selected?.Where(c => !fit.Causes.Contains(c)).ToList();
                if (missing is { Count: > 0 })
                {
                    throw new UsageException($"--causes: cause {string.Join(", ", missing)} does not occur in column \"{run.Parse.GetValue(status)}\"; the causes are {string.Join(", ", fit.Causes)}.");
                }

                var options = new CumulativeIncidencePlotOptions
                {
                    Preset = figure.Read(run),
                    InputTimeUnit = axis.Input(run),
                    DisplayTimeUnit = axis.Display(run),
                    Scale = axis.Scale(run),
                    ConfidenceBands = bands,
                    Panels = run.Parse.GetValue(panels),
                    RiskTable = axis.Rows(run),
                    Causes = selected,
                    CauseLabels = names,
                    GroupLabels = fit.Groups.Length > 1 ? arms.Names(run, fit.Groups) : null,
                    Arms = arms.Styles(run, fit.Groups.Length > 1 ? fit.Groups : [.. (selected ?? [.. fit.Causes]).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
                    LegendTitle = arms.Title(run),
                    SuppressBelow = suppressBelow,
                    Title = run.Parse.GetValue(figure.Title),
                };
                return FigureOptions.Write(run, CumulativeIncidenceFigure.Create(fit, options), format);
            },
            "outcomeslab plot cif --input data/simulated_cohort.csv --time time_days --event event_type --group arm --causes 1=dropout,2=transfer,3=death --output cif.png",
            "outcomeslab plot cif --input data/simulated_cohort.csv --time time_days --event event_type --causes 1=dropout,2=transfer --ci --conf-type log-log --output cif-bands.png",
            "outcomeslab plot cif --input data/simulated_cohort.csv --time time_days --event event_type --group arm --causes 1=dropout,2=transfer,3=death --panels single --output cif-one-panel.png");
        return command;
    }

    // --ci/--no-ci, and the interval options that only shape the bands: refused without --ci, so that no option is silently ignored.
    private static bool CifBands(CommandRun run, StepAxisOptions axis, Option<bool> noCi, Option[] intervalOptions)
    {
        var bands = axis.ConfidenceBands(run);
        if (bands && run.Parse.GetValue(noCi))
        {
            throw new UsageException("--ci and --no-ci contradict each other; give one (bands are off by default).");
        }

        if (!bands && intervalOptions.FirstOrDefault(o => run.Parse.GetResult(o) is { Implicit: false }) is { } given)
        {
            throw new UsageException($"{given.Name} sets the interval of the CI bands, which are off: add --ci (or drop {given.Name}).");
        }

        return bands;
    }

    private static (List<int>? Causes, Dictionary<int, string>? Names) ParseCauses(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var causes = new List<int>();
        var names = new Dictionary<int, string>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var code = eq < 0 ? part : part[..eq];
            if (!int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k) || k <= 0)
            {
                throw new UsageException($"--causes: \"{part}\" should be a positive cause code, optionally with a name (e.g. 1=dropout).");
            }

            causes.Add(k);
            if (eq > 0)
            {
                names[k] = part[(eq + 1)..];
            }
        }

        return (causes, names);
    }

    private static Command Cox(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var figure = new FigureOptions("journal-single");
        var model = new CoxModelOptions("Column whose levels get separate baseline hazards.");
        var labels = new Option<string[]>("--label") { Description = "Row label for a term as term=label (repeatable), e.g. clinic=2=Clinic 2 vs 1.", HelpName = "TERM=LABEL" };
        var confLevel = OptionParsers.ConfidenceLevel();
        var command = new Command("cox", "Forest plot of Cox hazard ratios (log axis, line at 1, aligned HR (CI) and p columns), from the same inputs as 'outcomeslab cox'.")
        {
            labels, confLevel,
        };

        // The issue's command list calls the hazard-ratio forest plot 'plot forest'.
        command.Aliases.Add("forest");
        model.AddTo(command);
        csv.AddTo(command);
        figure.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var format = FigureOptions.Target(run);
                var input = model.Read(run, csv);
                var fit = CoxRegression.Fit(input.Cohort.ToSurvivalSample(), input.Design, new CoxOptions(
                    Ties: model.TieMethod(run),
                    ConfidenceLevel: run.Parse.GetValue(confLevel)));
                run.Warn(fit.Diagnostics);

                var names = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var item in run.Parse.GetValue(labels) ?? [])
                {
                    var eq = item.LastIndexOf('=');
                    if (eq <= 0)
                    {
                        throw new UsageException($"--label expects TERM=LABEL, e.g. --label \"prison=Prison record\"; found \"{item}\".");
                    }

                    names[item[..eq]] = item[(eq + 1)..];
                }

                var forest = ForestFigure.FromCox(fit, new ForestPlotOptions { Labels = names, Title = run.Parse.GetValue(figure.Title) });
                return FigureOptions.Write(run, ForestFigure.Create(forest, figure.Read(run)), format);
            },
            "outcomeslab plot cox --input data/addicts/addicts.csv --time days --event departed --covariates clinic,prison,mdose --output cox.png",
            "outcomeslab plot cox --input data/simulated_cohort.csv --time time_days --event event --covariates arm,age,sex --reference arm=methadone --preset journal-double --output cox.svg");
        return command;
    }
}
