using System.CommandLine;
using System.Globalization;
using OutcomesLab.Cli.Rendering;
using OutcomesLab.Inference;
using OutcomesLab.IO;
using OutcomesLab.Survival;

namespace OutcomesLab.Cli.Commands;

/// <summary><c>outcomeslab logrank</c>: the log-rank family of tests, as R's <c>survdiff</c> (plus Fleming–Harrington, Gehan–Breslow, Tarone–Ware, trend and pairwise).</summary>
internal static class LogRankCommand
{
    public static Command Create(CommandFactoryContext context)
    {
        var csv = new CsvInputOptions();
        var roles = new SurvivalRoleOptions(groupRequired: true);
        var rho = new Option<double>("--rho") { Description = "G-rho weight S(t-)^rho as R's survdiff: 0 = log-rank (default), 1 = Peto-Peto.", DefaultValueFactory = _ => 0.0, HelpName = "R" };
        var weighting = new Option<string>("--weighting")
        {
            Description = "Weight family: g-rho (default, uses --rho), fleming-harrington (uses --fh-p, --fh-q), gehan-breslow, tarone-ware.",
            DefaultValueFactory = _ => "g-rho",
            HelpName = "g-rho|fleming-harrington|gehan-breslow|tarone-ware",
        };
        weighting.AcceptOnlyFromAmong("g-rho", "fleming-harrington", "gehan-breslow", "tarone-ware");
        var fhP = new Option<double>("--fh-p") { Description = "Fleming-Harrington p (weight S(t-)^p (1-S(t-))^q).", DefaultValueFactory = _ => 0.0 };
        var fhQ = new Option<double>("--fh-q") { Description = "Fleming-Harrington q.", DefaultValueFactory = _ => 0.0 };
        var pairwise = new Option<string?>("--pairwise") { Description = "Also compare every pair of groups, adjusting p by holm or bh.", HelpName = "holm|bh" };
        pairwise.AcceptOnlyFromAmong("holm", "bh");
        var command = new Command("logrank", "Compare survival between groups: log-rank and weighted tests (stratified with --strata), matching R's survdiff.")
        {
            rho, weighting, fhP, fhQ, pairwise,
        };
        csv.AddTo(command);
        roles.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                var kind = run.Parse.GetValue(weighting) switch
                {
                    "fleming-harrington" => LogRankWeighting.FlemingHarrington,
                    "gehan-breslow" => LogRankWeighting.GehanBreslow,
                    "tarone-ware" => LogRankWeighting.TaroneWare,
                    _ => run.Parse.GetValue(rho) == 0 ? LogRankWeighting.LogRank : LogRankWeighting.GRho,
                };
                var pair = run.Parse.GetValue(pairwise);
                var options = new LogRankOptions
                {
                    Weighting = kind,
                    Rho = run.Parse.GetValue(rho),
                    P = run.Parse.GetValue(fhP),
                    Q = run.Parse.GetValue(fhQ),
                    ComputePairwise = pair is not null,
                    PairwiseAdjustment = pair == "bh" ? PAdjustMethod.BenjaminiHochberg : PAdjustMethod.Holm,
                };
                return Run(run, csv, roles, options);
            },
            "outcomeslab logrank --input data/simulated_cohort.csv --time time_days --event event --group arm",
            "outcomeslab logrank --input data/simulated_cohort.csv --time time_days --event event --group arm --strata site --pairwise holm --format json");
        return command;
    }

    private static int Run(CommandRun run, CsvInputOptions csv, SurvivalRoleOptions roles, LogRankOptions options)
    {
        var table = csv.ReadTable(run);
        var cohort = roles.Cohort(run, table, EventKind.Binary);
        cohort.RequireGroupComparison();
        var sample = roles.Sample(run, cohort);
        var test = LogRankTest.Compute(sample, options);
        foreach (var d in test.Diagnostics)
        {
            run.Warn(d.Message);
        }

        run.Emit(run.Format == OutputFormat.Json ? Json(test, options) : TableRenderer.Render(Tables(test, options), run.Format));
        return ExitCodes.Ok;
    }

    private static List<TextTable> Tables(LogRankResult test, LogRankOptions options)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (var g = 0; g < test.Groups.Length; g++)
        {
            rows.Add(
            [
                test.Groups[g],
                test.N[g].ToString(CultureInfo.InvariantCulture),
                NumberText.Short(test.Observed[g], 6),
                NumberText.Short(test.Expected[g], 6),
                NumberText.Short(test.ObservedMinusExpected[g], 4),
            ]);
        }

        var name = options.Weighting switch
        {
            LogRankWeighting.LogRank => "Log-rank test",
            LogRankWeighting.GRho => $"G-rho test (rho = {NumberText.Short(options.Rho)})",
            LogRankWeighting.FlemingHarrington => $"Fleming-Harrington test (p = {NumberText.Short(options.P)}, q = {NumberText.Short(options.Q)})",
            LogRankWeighting.GehanBreslow => "Gehan-Breslow (generalised Wilcoxon) test",
            _ => "Tarone-Ware test",
        };
        var tables = new List<TextTable>
        {
            new($"{name}: chi-square {NumberText.Short(test.ChiSquare, 5)} on {test.DegreesOfFreedom} df, p = {KmCommand.PValueText(test.PValue)}", ["group", "n", "observed", "expected", "O-E"], rows)
            {
                RightAligned = new HashSet<int> { 1, 2, 3, 4 },
            },
        };
        if (options.ComputePairwise && !test.Pairwise.IsDefaultOrEmpty)
        {
            tables.Add(new TextTable(
                $"Pairwise comparisons ({(options.PairwiseAdjustment == PAdjustMethod.BenjaminiHochberg ? "Benjamini-Hochberg" : "Holm")} adjusted)",
                ["group 1", "group 2", "chi-square", "p", "adjusted p"],
                [.. test.Pairwise.Select(p => (IReadOnlyList<string>)[p.Group1, p.Group2, NumberText.Short(p.ChiSquare, 5), KmCommand.PValueText(p.PValue), KmCommand.PValueText(p.AdjustedPValue)])]));
        }

        return tables;
    }

    private static string Json(LogRankResult test, LogRankOptions options) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.Number("chisq", test.ChiSquare);
        w.WriteNumber("df", test.DegreesOfFreedom);
        w.Number("p", test.PValue);
        w.WriteStartArray("groups");
        for (var g = 0; g < test.Groups.Length; g++)
        {
            w.WriteStartObject();
            w.WriteString("group", test.Groups[g]);
            w.WriteNumber("n", test.N[g]);
            w.Number("observed", test.Observed[g]);
            w.Number("expected", test.Expected[g]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (options.ComputePairwise && !test.Pairwise.IsDefaultOrEmpty)
        {
            w.WriteStartArray("pairwise");
            foreach (var p in test.Pairwise)
            {
                w.WriteStartObject();
                w.WriteString("group1", p.Group1);
                w.WriteString("group2", p.Group2);
                w.Number("chisq", p.ChiSquare);
                w.WriteNumber("df", p.DegreesOfFreedom);
                w.Number("p", p.PValue);
                w.Number("p_adjusted", p.AdjustedPValue);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    });
}
