using System.CommandLine;
using System.Globalization;
using OutcomesLab.IO;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab cox</c>: Cox proportional-hazards regression as R's <c>coxph</c>, with the <c>cox.zph</c> check.</summary>
internal static class CoxCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var model = new CoxModelOptions("Column whose levels get separate baseline hazards (R's strata()).");
        var cluster = SettingOptions.Text(CoxKeys.Cluster, "COLUMN");
        var id = new Option<string?>("--id") { Description = "Column of subject ids for (start, stop] rows of one subject: groups the robust variance as R's id=.", HelpName = "COLUMN" };
        var robust = SettingOptions.Create(CoxKeys.Robust, "true|false");
        var weights = SettingOptions.Text(CoxKeys.Weights, "COLUMN");
        var start = new Option<string?>("--start") { Description = "Column with the start of each (start, stop] interval: counting-process data with time-varying covariates or delayed entry.", HelpName = "COLUMN" };
        var phTest = SettingOptions.Names(CoxKeys.PhTest);
        var confLevel = OptionParsers.ConfidenceLevel();
        var residuals = new Option<string?>("--residuals") { Description = "Residual types written to --residuals-out, comma-separated, as R's residuals(fit, type): martingale (default), deviance, score, dfbeta, dfbetas (one row per data row) or schoenfeld, scaledsch (one row per event; not mixed with the others).", HelpName = "TYPE[,TYPE]" };
        var residualsOut = new Option<FileInfo?>("--residuals-out") { Description = "Write the --residuals of the fitted model to this CSV: the input line of each row, then one column per type (TYPE[TERM] per coefficient for matrix types), in R's row order.", HelpName = "FILE" };
        var predict = new Option<string[]>("--predict") { Description = "Covariate profile for a predicted survival curve, COLUMN=VALUE for every model variable, e.g. \"arm=buprenorphine,age=40\" (repeatable; R's survfit(fit, newdata)); written to --predictions-out.", HelpName = "COL=VALUE,...", AllowMultipleArgumentsPerToken = false };
        var predictionsOut = new Option<FileInfo?>("--predictions-out") { Description = "Write predicted survival curves (profile, time, n.risk, n.event, surv, std.err of the cumulative hazard, lower, upper; one curve per stratum) to this CSV, as R's survfit(fit, newdata); without --predict, the curve at the covariate means (R's survfit(fit)).", HelpName = "FILE" };
        var confType = new Option<string?>("--conf-type") { Description = "Interval transform of the --predictions-out curves, as R survfit.coxph's conf.type: log (default), log-log, plain.", HelpName = "log|log-log|plain" };
        confType.AcceptOnlyFromAmong("log", "log-log", "plain");
        var command = new Command("cox", "Cox proportional-hazards regression (Efron or Breslow ties, strata, weights, cluster-robust SEs, (start, stop] data) with hazard ratios, LR/Wald/score tests, concordance and the cox.zph test, matching R's coxph.")
        {
            cluster, id, robust, weights, start, phTest, confLevel,
            residuals, residualsOut, predict, predictionsOut, confType,
        };
        model.AddTo(command);
        csv.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var residualsFile = run.Parse.GetValue(residualsOut);
                var predictionsFile = run.Parse.GetValue(predictionsOut);
                var profiles = run.Parse.GetValue(predict) ?? [];
                if (residualsFile is null && run.Parse.GetValue(residuals) is not null)
                {
                    throw new UsageException("--residuals chooses the residual types of --residuals-out; add --residuals-out FILE to write them.");
                }

                if (predictionsFile is null && (profiles.Length > 0 || run.Parse.GetValue(confType) is not null))
                {
                    throw new UsageException($"{(profiles.Length > 0 ? "--predict" : "--conf-type")} applies to the predicted survival curves; add --predictions-out FILE to write them.");
                }

                var residualTypes = residualsFile is null ? null : CoxOutputs.ParseResidualTypes(run.Parse.GetValue(residuals) ?? "martingale");
                var (terms, cohort, references, design) = model.Read(
                    run,
                    csv,
                    roles => roles with { Cluster = run.Parse.GetValue(cluster), Weights = run.Parse.GetValue(weights), Entry = run.Parse.GetValue(start), Id = run.Parse.GetValue(id) },
                    cohort =>
                    {
                        run.CheckOutputTarget(residualsFile?.FullName, predictionsFile?.FullName);
                        CheckFitInput(cohort);
                    });
                var profileRows = profiles.Length == 0 ? null : CoxProfiles.Rows(profiles, terms, cohort, references, design);
                for (var i = 0; cohort.Id is not null && i < cohort.Id.Count; i++)
                {
                    if (cohort.Id[i] is null)
                    {
                        throw new UsageException($"{Path.GetFileName(cohort.SourceFile)} line {cohort.SourceLines[i]}, column \"{cohort.Roles.Id}\": expected a subject id, found a missing value. --id groups the (start, stop] rows of one subject; fill in the id.");
                    }
                }

                var options = new CoxOptions(
                    Ties: model.TieMethod(run),
                    ConfidenceLevel: run.Parse.GetValue(confLevel),
                    Cluster: cohort.Cluster,
                    Robust: run.Parse.GetValue(robust),
                    Id: cohort.Id is null ? null : [.. cohort.Id.Select(v => v!)]);
                var fit = CoxRegression.Fit(cohort.ToSurvivalSample(), design, options);
                var transform = CoxKeys.PhTest.FromName(run.Parse.GetValue(phTest)!);
                var zph = transform is null ? null : CoxProportionalHazardsTest.Test(fit, transform.Value);
                run.Warn(fit.Diagnostics);

                if (residualsFile is not null)
                {
                    CoxOutputs.WriteResiduals(run, residualsFile.FullName, fit, cohort, residualTypes!);
                }

                if (predictionsFile is not null)
                {
                    var ci = run.Parse.GetValue(confType) switch
                    {
                        "log-log" => Survival.CiTransform.LogLog,
                        "plain" => Survival.CiTransform.Plain,
                        _ => Survival.CiTransform.Log,
                    };
                    var curves = profileRows is null
                        ? [("means", (IReadOnlyList<CoxSurvivalCurve>)CoxPredictions.PredictSurvival(fit, null, null, ci))]
                        : profiles.Select((p, i) => (p, (IReadOnlyList<CoxSurvivalCurve>)CoxPredictions.PredictSurvival(fit, profileRows[i], null, ci))).ToList();
                    CoxOutputs.WritePredictions(run, predictionsFile.FullName, curves, cohort.Strata is not null);
                }

                run.Emit(run.Format == OutputFormat.Json ? CoxJson.Write(fit, zph) : TableRenderer.Render(Tables(fit, zph), run.Format));
                return ExitCodes.Ok;
            },
            "outcomeslab cox --input data/addicts/addicts.csv --time days --event departed --covariates prison,mdose --strata clinic --ph-test km",
            "outcomeslab cox --input data/simulated_cohort.csv --time time_days --event event --covariates arm,age,sex --reference arm=methadone --cluster site --format json",
            "outcomeslab cox --input data/simulated_cohort.csv --time time_days --event event --covariates arm,age --reference arm=methadone --predict \"arm=buprenorphine,age=40\" --predict \"arm=methadone,age=40\" --predictions-out curves.csv --residuals martingale,dfbeta --residuals-out residuals.csv");
        return command;
    }

    /// <summary>
    /// Refuses, with the file, line and column, the inputs for which a Cox model has no information
    /// and the kernel would otherwise report a misleading singular information matrix: zero weights
    /// (R: "Invalid weights, must be >0"), no events at all, and strata that all hold one row.
    /// </summary>
    private static void CheckFitInput(CohortData cohort)
    {
        var file = cohort.SourceFile;
        for (var i = 0; cohort.Weights is not null && i < cohort.Weights.Count; i++)
        {
            if (cohort.Weights[i] == 0)
            {
                throw new InputException(new InputProblem(file, cohort.SourceLines[i], cohort.Roles.Weights, "a positive case weight (R's coxph stops with \"Invalid weights, must be >0\")", "0", "A row with weight 0 does not contribute to the model: drop it from the file."));
            }
        }

        if (cohort.Count > 0 && !cohort.Event.Contains(true))
        {
            var eventValue = cohort.Roles.EventValue is null ? string.Empty : $" equal to \"{cohort.Roles.EventValue}\"";
            throw new InputException(new InputProblem(file, null, cohort.Roles.Event, $"at least one event{eventValue} (a Cox model estimates hazard ratios from events)", string.Create(CultureInfo.InvariantCulture, $"0 events in {cohort.Count} rows: all censored"), "Check that --event names the event column and that --event-value (if any) is the code for an event."));
        }

        if (cohort.Strata is { Count: > 1 } strata && strata.Distinct(StringComparer.Ordinal).Count() == strata.Count)
        {
            throw new InputException(new InputProblem(file, null, cohort.Roles.Strata, "strata with at least two rows each (every stratum has its own baseline hazard, so a stratum of one subject contributes nothing)", string.Create(CultureInfo.InvariantCulture, $"{strata.Count} strata of one row each"), "Stratify by a column that groups subjects (site, clinic); for a subject id use --id or --cluster instead."));
        }
    }

    internal static List<string> ParseTerms(string text)
    {
        var terms = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (terms.Count == 0)
        {
            throw new UsageException("--covariates needs at least one column name, e.g. --covariates arm,age,dose_mg.");
        }

        var duplicates = terms.GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new UsageException($"--covariates lists {string.Join(", ", duplicates)} more than once.");
        }

        foreach (var term in terms.Where(t => t.Contains(':', StringComparison.Ordinal)))
        {
            var parts = term.Split(':');
            if (parts.Length != 2 || parts.Any(p => p.Length == 0))
            {
                throw new UsageException($"--covariates: \"{term}\" is not an interaction of the form A:B.");
            }

            var missing = parts.Where(p => !terms.Contains(p)).ToList();
            if (missing.Count > 0)
            {
                throw new UsageException($"--covariates: the interaction \"{term}\" needs its main effects in the model; add {string.Join(" and ", missing)} to --covariates (as R's A*B would).");
            }
        }

        return terms;
    }

    internal static Dictionary<string, string> ParseReferences(string[] values)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var eq = value.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == value.Length - 1)
            {
                throw new UsageException($"--reference expects COLUMN=LEVEL, e.g. --reference arm=methadone; found \"{value}\".");
            }

            result[value[..eq]] = value[(eq + 1)..];
        }

        return result;
    }

    private static List<TextTable> Tables(CoxResult fit, CoxPhTestResult? zph)
    {
        var level = NumberText.Short(fit.ConfidenceLevel * 100);
        var robust = fit.IsRobust;
        var headers = new List<string> { "term", "coef", "HR", $"{level}% CI", robust ? "robust SE" : "SE", "z", "p" };
        var rows = fit.Coefficients.Select(c => c.IsAliased ? (IReadOnlyList<string>)[c.Term, "aliased (NA)", "NA", "NA", "NA", "NA", "NA"] : (IReadOnlyList<string>)
        [
            c.Term,
            NumberText.Short(c.Coef, 5),
            NumberText.Short(c.HazardRatio, 4),
            $"{NumberText.Short(c.HrLower, 4)} to {NumberText.Short(c.HrUpper, 4)}",
            NumberText.Short(robust ? c.RobustSe : c.Se, 4),
            NumberText.Short(c.Z, 4),
            NumberText.PValue(c.P),
        ]).ToList();
        var title = string.Create(CultureInfo.InvariantCulture, $"Cox regression ({(fit.Ties == TieMethod.Efron ? "Efron" : "Breslow")} ties): n = {fit.N}, events = {fit.Events}, {fit.Iterations} iterations");
        var tables = new List<TextTable>
        {
            new(title, headers, rows) { RightAligned = new HashSet<int> { 1, 2, 4, 5, 6 } },
            new(
                string.Create(CultureInfo.InvariantCulture, $"Model tests (log-likelihood {fit.LogLik:0.###} vs {fit.LogLikNull:0.###} at beta = 0); concordance {fit.Concordance.Estimate:0.000} (SE {fit.Concordance.Se:0.000})"),
                ["test", "chi-square", "df", "p"],
                [
                    TestRow("likelihood ratio", fit.LikelihoodRatio),
                    TestRow(robust ? "Wald (robust)" : "Wald", fit.Wald),
                    TestRow("score (log-rank)", fit.Score),
                    .. fit.RobustScore is null ? Array.Empty<IReadOnlyList<string>>() : [TestRow("robust score", fit.RobustScore)],
                ]),
        };
        if (zph is not null)
        {
            tables.Add(new TextTable(
                $"Proportional-hazards test (cox.zph, {Transform(zph.Transform)} transform)",
                ["term", "chi-square", "df", "p"],
                [.. zph.Terms.Select(t => TestRow(t.Term, new CoxTest(t.ChiSquare, t.Df, t.P))), TestRow("GLOBAL", new CoxTest(zph.Global.ChiSquare, zph.Global.Df, zph.Global.P))]));
        }

        return tables;
    }

    private static IReadOnlyList<string> TestRow(string name, CoxTest test) =>
        [name, NumberText.Short(test.ChiSquare, 5), test.Df.ToString(CultureInfo.InvariantCulture), NumberText.PValue(test.P)];

    private static string Transform(CoxPhTransform t) => t switch
    {
        CoxPhTransform.KaplanMeier => "km",
        CoxPhTransform.Identity => "identity",
        _ => "rank",
    };
}
