using System.CommandLine;
using System.Globalization;
using OutcomesLab.IO;
using OutcomesLab.Survival;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab km</c>: Kaplan–Meier retention curves per group, as R's <c>survfit</c>.</summary>
internal static class KmCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var roles = new SurvivalRoleOptions(groupRequired: false);
        roles.Strata.Description = "Column whose levels split every curve: one curve per group x stratum, labelled \"group, stratum\" (R survfit(Surv(t, s) ~ group + strata(z))); without --group one curve per stratum. No RMST difference is computed with strata.";
        var confType = SettingOptions.Create(KmKeys.ConfType);
        var confLevel = OptionParsers.ConfidenceLevel();
        var times = SettingOptions.Numbers(KmKeys.Times);
        var tau = SettingOptions.Create(KmKeys.Tau, "T");
        var weights = new Option<string?>("--weights") { Description = "Column of non-negative case weights (R survfit(..., weights = w)): counts, curves and CIs are weighted; n stays the number of rows.", HelpName = "COLUMN" };
        var start = new Option<string?>("--start") { Description = "Column with the start of each (start, stop] interval, --time being the stop: delayed entry / counting-process rows (R Surv(start, stop, event)).", HelpName = "COLUMN" };
        var variance = new Option<KaplanMeierVariance>("--variance")
        {
            Description = "Variance of the curves and cumulative hazard (R's robust argument): auto (default, R's choice: robust when a weight is non-integer, also with --start, else greenwood), greenwood (Greenwood on the weighted counts, R robust = FALSE) or robust (infinitesimal jackknife with one cluster per row, R robust = TRUE; refused with --start, as R needs an id for it). RMST SEs do not depend on it (R's survmean).",
            DefaultValueFactory = _ => KaplanMeierVariance.Auto,
            CustomParser = ParseVariance,
            HelpName = "auto|greenwood|robust",
        };
        var suppress = SuppressionOption.Create("Small-cell suppression: n, events and the at-risk, event and censoring counts of the tables print as \"<K\" (null in JSON) when in 1..K-1. Primary suppression only: km publishes no totals of these counts.");
        var command = new Command("km", "Kaplan-Meier survival (retention) curves (case weights, (start, stop] rows) with Greenwood or robust CIs as R decides them, median and 25%/75% quantiles with CIs (R quantile(fit, c(.25, .5, .75))), the Nelson-Aalen cumulative hazard with its SE per time (R cumhaz, std.chaz; JSON table), landmark survival and RMST, matching R's survfit.");
        csv.AddTo(command);
        roles.AddTo(command);
        command.Options.Add(confType);
        command.Options.Add(confLevel);
        command.Options.Add(times);
        command.Options.Add(tau);
        command.Options.Add(weights);
        command.Options.Add(start);
        command.Options.Add(variance);
        command.Options.Add(suppress);
        context.Bind(
            command,
            run =>
            {
                var options = new KaplanMeierOptions
                {
                    CiTransform = run.Parse.GetValue(confType),
                    ConfidenceLevel = run.Parse.GetValue(confLevel),
                    LandmarkTimes = run.Parse.GetValue(times) ?? [],
                    RmstTau = run.Parse.GetValue(tau),
                    Variance = run.Parse.GetValue(variance),
                };
                var startColumn = run.Parse.GetValue(start);
                if (startColumn is not null && options.Variance == KaplanMeierVariance.Robust)
                {
                    throw new UsageException("--variance robust with --start: R's survfit stops on robust = TRUE for (start, stop] data without an id (\"id or cluster option required\"), since the rows of one subject must be grouped, and km has no --id. Leave --variance out (auto: with non-integer weights R's default robust variance with one cluster per row) or use --variance greenwood.");
                }

                return Run(run, csv, roles, options, SuppressionOption.Read(run, suppress), run.Parse.GetValue(weights), startColumn);
            },
            "outcomeslab km --input data/simulated_cohort.csv --time time_days --event event --group arm --times 90,180,365 --tau 365",
            "outcomeslab km --input data/addicts/addicts.csv --time days --event departed --group clinic --strata prison --conf-type log-log --format json",
            "outcomeslab km --input data/addicts/addicts.csv --time days --event departed --group clinic --suppress-below 11",
            "outcomeslab km --input data/examples/dated_cohort.csv --time-from start_date --time-to end_date --time-unit months --event event --group arm --times 3,6,9");
        return command;
    }

    private static KaplanMeierVariance ParseVariance(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
        switch (text.ToUpperInvariant())
        {
            case "AUTO": return KaplanMeierVariance.Auto;
            case "GREENWOOD": return KaplanMeierVariance.Greenwood;
            case "ROBUST": return KaplanMeierVariance.Robust;
            default:
                result.AddError($"--variance must be auto, greenwood or robust (R's robust = missing, FALSE, TRUE); found \"{text}\".");
                return KaplanMeierVariance.Auto;
        }
    }

    private static int Run(CommandRun run, CsvInputOptions csv, SurvivalRoleOptions roles, KaplanMeierOptions options, int? suppressBelow, string? weights, string? start)
    {
        var table = csv.ReadTable(run);
        var cohort = roles.Cohort(run, table, EventKind.Binary, weights, start);
        var sample = roles.Sample(run, cohort);
        var fit = KaplanMeier.Fit(sample, options);
        run.Warn(fit.Diagnostics);

        if (fit.VarianceUsed == KaplanMeierVariance.Robust)
        {
            run.Note(options.Variance == KaplanMeierVariance.Auto
                ? "note: robust (infinitesimal-jackknife) variance, R survfit's default with non-integer case weights; --variance greenwood gives Greenwood on the weighted counts (R robust = FALSE)."
                : "note: robust (infinitesimal-jackknife) variance (R robust = TRUE), one cluster per row.");
        }

        RmstComparison? difference = null;
        if (options.RmstTau is not null && fit.Curves.Length == 2)
        {
            if (sample.Strata is null)
            {
                difference = fit.CompareRmst(fit.Curves[1].Group, fit.Curves[0].Group);
            }
            else
            {
                run.Warn("No RMST difference with --strata: the curves are group x stratum combinations, and a difference of two of them would compare strata, not arms (or pool the strata). The RMST of each curve is reported; drop --strata for the two-group difference.");
            }
        }

        var cells = new SmallCounts(suppressBelow);
        run.Emit(run.Format == OutputFormat.Json ? KaplanMeierJson.Write(fit, options, difference, suppressBelow) : TableRenderer.Render(Tables(fit, options, difference, cells), run.Format));
        return ExitCodes.Ok;
    }

    /// <summary>Primary small-cell suppression of the printed counts (no totals are published, so nothing complementary).</summary>
    private sealed record SmallCounts(int? Below)
    {
        public bool Hides(double count) => Below is { } k && count > 0 && count < k;

        public string Text(double count) => Hides(count) ? "<" + Below!.Value.ToString(CultureInfo.InvariantCulture) : NumberText.Short(count);
    }

    private static List<TextTable> Tables(KaplanMeierResult fit, KaplanMeierOptions options, RmstComparison? difference, SmallCounts cells)
    {
        var level = NumberText.Short(options.ConfidenceLevel * 100);
        var landmarkTimes = options.LandmarkTimes.Distinct().Order().ToList();
        var headers = new List<string> { "group", "n", "events", "median", $"{level}% CI", $"25% [{level}% CI]", $"75% [{level}% CI]" };
        foreach (var t in landmarkTimes)
        {
            headers.Add($"S({NumberText.Short(t)}) [{level}% CI]");
        }

        if (options.RmstTau is not null)
        {
            headers.Add($"RMST({NumberText.Short(options.RmstTau)}) (SE)");
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach (var c in fit.Curves)
        {
            var row = new List<string>
            {
                c.Group,
                cells.Text(c.N),
                cells.Text(c.Events),
                c.Median.Time is null ? "not reached" : NumberText.Short(c.Median.Time),
                $"{NumberText.Short(c.Median.Lower)} to {NumberText.Short(c.Median.Upper)}",
                QuantileText(c, 0.25),
                QuantileText(c, 0.75),
            };
            foreach (var t in landmarkTimes)
            {
                var l = c.Landmarks.FirstOrDefault(x => x.Time == t);
                row.Add(l is null ? "beyond follow-up" : $"{Fixed(l.Surv)} [{Fixed(l.Lower)}, {Fixed(l.Upper)}]");
            }

            if (options.RmstTau is not null)
            {
                row.Add($"{NumberText.Short(c.Rmst.Estimate)} ({NumberText.Short(c.Rmst.StandardError, 3)})");
            }

            rows.Add(row);
        }

        var suppressed = cells.Below is { } below ? $"; counts 1-{below - 1} shown as <{below}" : "";
        var tables = new List<TextTable>
        {
            new($"Kaplan-Meier estimates ({TransformNames.Of(options.CiTransform)} CI, {VarianceName(fit.VarianceUsed)} variance){suppressed}", headers, rows) { RightAligned = new HashSet<int> { 1, 2, 3 } },
        };
        if (difference is not null)
        {
            tables.Add(new TextTable(
                $"RMST difference up to {NumberText.Short(difference.Tau)} ({fit.Curves[1].Group} minus {fit.Curves[0].Group})",
                ["estimate", $"{level}% CI", "p"],
                [[NumberText.Short(difference.Difference), $"{NumberText.Short(difference.DifferenceLower)} to {NumberText.Short(difference.DifferenceUpper)}", NumberText.PValue(difference.DifferenceP)]]));
        }

        return tables;
    }

    /// <summary>"t [lower, upper]" of the p-quantile (R quantile(fit, p)); NA where R gives NA.</summary>
    private static string QuantileText(KaplanMeierCurve c, double p)
    {
        var q = c.Quantiles.First(x => x.Probability == p);
        return $"{(q.Time is null ? "not reached" : NumberText.Short(q.Time))} [{(q.Lower is null ? "NA" : NumberText.Short(q.Lower))}, {(q.Upper is null ? "NA" : NumberText.Short(q.Upper))}]";
    }

    private static string Fixed(double? v) => v is null ? "NA" : v.Value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string VarianceName(KaplanMeierVariance v) => v == KaplanMeierVariance.Robust ? "robust" : "Greenwood";
}
