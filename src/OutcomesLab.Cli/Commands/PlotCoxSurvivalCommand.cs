using System.CommandLine;
using OutcomesLab.Plotting;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab plot cox-survival</c>: predicted survival curves of a Cox model for covariate profiles (R <c>survfit(fit, newdata)</c>) in the Kaplan–Meier figure layout.</summary>
internal static class PlotCoxSurvivalCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var figure = new FigureOptions("journal-single");
        var axis = new StepAxisOptions(bandsOnByDefault: true);
        var model = new CoxModelOptions(
            "Column whose levels get separate baseline hazards (one curve per profile and stratum, as R's survfit).", axis.Dates);
        var predict = new Option<string[]>("--predict") { Description = "Covariate profile of one curve, COLUMN=VALUE for every model variable, e.g. \"arm=buprenorphine,age=40\" (repeatable; R's survfit(fit, newdata)); default: one curve at the covariate means (R's survfit(fit)).", HelpName = "COL=VALUE,...", AllowMultipleArgumentsPerToken = false };
        var confType = new Option<string>("--conf-type") { Description = "Interval transform of the bands, as R survfit.coxph's conf.type: log (default), log-log, plain.", DefaultValueFactory = _ => "log", HelpName = "log|log-log|plain" };
        confType.AcceptOnlyFromAmong("log", "log-log", "plain");
        var confLevel = OptionParsers.ConfidenceLevel();
        var axes = new AxisTitleOptions("Time since start (days)' in the axis unit", "Predicted probability of retention");
        var arms = new ArmStyleOptions("curves (numbered 1, 2, ... in --predict order, each profile's strata after it)");
        var command = new Command("cox-survival", "Predicted survival curves of a Cox model for covariate profiles with pointwise CI bands (R's survfit(coxph, newdata)) and the number-at-risk table of the fitted data, in the Kaplan-Meier figure's layout; the numbers are those of 'outcomeslab cox --predictions-out'.")
        {
            predict, confType, confLevel,
        };
        model.AddTo(command);
        foreach (var option in axis.All())
        {
            command.Options.Add(option);
        }

        axes.AddTo(command, xMax: true);
        arms.AddTo(command, order: false);

        csv.AddTo(command);
        figure.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var format = FigureOptions.Target(run);
                var (terms, cohort, references, design) = model.Read(run, csv);
                var profiles = run.Parse.GetValue(predict) ?? [];
                var rows = profiles.Length == 0 ? null : CoxProfiles.Rows(profiles, terms, cohort, references, design);
                var level = run.Parse.GetValue(confLevel);
                var fit = CoxRegression.Fit(cohort.ToSurvivalSample(), design, new CoxOptions(
                    Ties: model.TieMethod(run),
                    ConfidenceLevel: level));
                run.Warn(fit.Diagnostics);

                var ci = run.Parse.GetValue(confType) switch
                {
                    "log-log" => CiTransform.LogLog,
                    "plain" => CiTransform.Plain,
                    _ => CiTransform.Log,
                };
                var series = new List<CoxSurvivalSeries>();
                for (var i = 0; i < Math.Max(1, profiles.Length); i++)
                {
                    var label = profiles.Length == 0 ? "At the covariate means" : profiles[i];
                    foreach (var curve in CoxPredictions.PredictSurvival(fit, rows?[i], level, ci))
                    {
                        series.Add(new CoxSurvivalSeries(curve.Stratum is null ? label : $"{label}, {curve.Stratum}", curve));
                    }
                }

                // The arms of this figure are its curves, numbered in legend order: --labels 1=...,2=...
                var numbers = series.Select((_, i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
                var options = new CoxSurvivalPlotOptions
                {
                    Preset = figure.Read(run),
                    Arms = arms.Styles(run, [.. series.Select(s => s.Label)]),
                    Labels = arms.Names(run, numbers) is { } names ? [.. names.Select((n, i) => n == numbers[i] ? series[i].Label : n)] : null,
                    LegendTitle = arms.Title(run),
                    XLabel = axes.X(run),
                    XMax = axes.Max(run),
                    InputTimeUnit = axis.Input(run),
                    DisplayTimeUnit = axis.Display(run),
                    Scale = axis.Scale(run),
                    ConfidenceBands = axis.ConfidenceBands(run),
                    RiskTable = axis.Rows(run),
                    XTickStep = axis.Tick(run),
                    Title = run.Parse.GetValue(figure.Title),
                    YLabel = axes.Y(run),
                };
                return FigureOptions.Write(run, CoxSurvivalFigure.Create(series, options), format);
            },
            "outcomeslab plot cox-survival --input data/simulated_cohort.csv --time time_days --event event --covariates arm,age --reference arm=methadone --predict \"arm=methadone,age=40\" --predict \"arm=buprenorphine,age=40\" --predict \"arm=xr-naltrexone,age=40\" --output cox-curves.png",
            "outcomeslab plot cox-survival --input data/addicts/addicts.csv --time days --event departed --covariates prison,mdose --strata clinic --predict \"prison=0,mdose=60\" --axis-unit months --output cox-curves-by-clinic.svg");
        return command;
    }
}
