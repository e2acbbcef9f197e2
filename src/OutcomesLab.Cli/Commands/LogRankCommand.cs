using System.CommandLine;
using System.Globalization;
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
        var trend = new Option<bool>("--trend")
        {
            Description = "Also test for a trend over the ordered groups: chi-square (sum_k w_k (O_k - E_k))^2 / (w'Vw) on 1 df (Collett 2015, sec. 2.6.4), "
                + "from the same (weighted, stratified) O, E and variance matrix as the overall test. R has no trend test: it is this formula on survdiff's obs, exp and var.",
        };
        var scores = new Option<double[]>("--scores")
        {
            Description = "Scores w_k of the ordered groups for --trend, one per group in the level order (see --levels); default 1,2,...,k.",
            CustomParser = OptionParsers.ScoreList,
            HelpName = "W1,W2,...",
        };
        var levels = new Option<string[]>("--levels")
        {
            Description = "Order of the group levels (every level once, comma-separated), as R's factor(levels = ); sets the order of the output, the scores of --trend and the reference (first level).",
            CustomParser = OptionParsers.TextList,
            HelpName = "L1,L2,...",
        };
        var command = new Command("logrank", "Compare survival between groups: log-rank and weighted tests (stratified with --strata), matching R's survdiff, with an optional test for trend.")
        {
            rho, weighting, fhP, fhQ, pairwise, trend, scores, levels,
        };
        csv.AddTo(command);
        roles.AddTo(command);
        context.Bind(
            command,
            run =>
            {
                bool Given(Option option) => run.Parse.GetResult(option) is { Implicit: false };
                var family = run.Parse.GetValue(weighting);
                if (Given(rho) && family != "g-rho")
                {
                    throw new UsageException($"--rho applies to --weighting g-rho only, not {family}; drop --rho (or use --fh-p/--fh-q with fleming-harrington).");
                }

                if ((Given(fhP) || Given(fhQ)) && family != "fleming-harrington")
                {
                    throw new UsageException($"--fh-p and --fh-q apply to --weighting fleming-harrington only, not {family}; add --weighting fleming-harrington or drop them.");
                }

                var trendScores = Given(scores) ? run.Parse.GetValue(scores) : null;
                if (trendScores is not null && !run.Parse.GetValue(trend))
                {
                    throw new UsageException("--scores gives the group scores of the test for trend; add --trend (or drop --scores).");
                }

                var kind = family switch
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
                    TrendScores = trendScores,
                };
                return Run(run, csv, roles, options, run.Parse.GetValue(trend), Given(levels) ? run.Parse.GetValue(levels) : null);
            },
            "outcomeslab logrank --input data/simulated_cohort.csv --time time_days --event event --group arm",
            "outcomeslab logrank --input data/simulated_cohort.csv --time time_days --event event --group arm --strata site --pairwise holm --format json",
            "outcomeslab logrank --input data/simulated_cohort.csv --time time_days --event event --group arm --trend --levels methadone,buprenorphine,xr-naltrexone --scores 0,1,2");
        return command;
    }

    private static int Run(CommandRun run, CsvInputOptions csv, SurvivalRoleOptions roles, LogRankOptions options, bool trend, string[]? levels)
    {
        var table = csv.ReadTable(run);
        var cohort = roles.Cohort(run, table, EventKind.Binary);
        cohort.RequireGroupComparison();
        var sample = roles.Sample(run, cohort, levels);
        if (options.TrendScores is { } w && w.Count != sample.Groups!.LevelCount)
        {
            throw new UsageException(string.Create(
                CultureInfo.InvariantCulture,
                $"--scores has {w.Count} values but column \"{cohort.Roles.Group}\" has {sample.Groups.LevelCount} groups ({string.Join(",", sample.Groups.Levels)}, in this order): give one score per group, in that order (set the order with --levels)."));
        }

        var test = LogRankTest.Compute(sample, options);
        run.Warn(test.Diagnostics);

        var shown = trend ? test.Trend : null;
        run.Emit(run.Format == OutputFormat.Json ? LogRankJson.Write(test, options, shown) : TableRenderer.Render(Tables(test, options, shown), run.Format));
        return ExitCodes.Ok;
    }

    private static List<TextTable> Tables(LogRankResult test, LogRankOptions options, LogRankTrendTest? trend)
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
            new($"{name}: chi-square {NumberText.Short(test.ChiSquare, 5)} on {test.DegreesOfFreedom} df, p = {NumberText.PValue(test.PValue)}", ["group", "n", "observed", "expected", "O-E"], rows)
            {
                RightAligned = new HashSet<int> { 1, 2, 3, 4 },
            },
        };
        if (trend is not null)
        {
            tables.Add(new TextTable(
                $"Test for trend: chi-square {NumberText.Short(trend.ChiSquare, 5)} on 1 df, p = {NumberText.PValue(trend.PValue)}",
                ["group", "score"],
                [.. test.Groups.Select((g, i) => (IReadOnlyList<string>)[g, NumberText.Short(trend.Scores[i], 6)])])
            {
                RightAligned = new HashSet<int> { 1 },
            });
        }

        if (options.ComputePairwise && !test.Pairwise.IsDefaultOrEmpty)
        {
            tables.Add(new TextTable(
                $"Pairwise comparisons ({(options.PairwiseAdjustment == PAdjustMethod.BenjaminiHochberg ? "Benjamini-Hochberg" : "Holm")} adjusted)",
                ["group 1", "group 2", "chi-square", "p", "adjusted p"],
                [.. test.Pairwise.Select(p => (IReadOnlyList<string>)[p.Group1, p.Group2, NumberText.Short(p.ChiSquare, 5), NumberText.PValue(p.PValue), NumberText.PValue(p.AdjustedPValue)])]));
        }

        return tables;
    }
}
