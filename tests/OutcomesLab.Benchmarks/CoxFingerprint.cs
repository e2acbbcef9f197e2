using System.Globalization;
using OutcomesLab.Design;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// <c>fingerprint [n]</c>: prints every number of several Cox fits (Efron and Breslow, strata, weights,
/// (start, stop] data with clusters, tied risk scores) in round-trip format, so that two builds can be
/// compared bit for bit with <c>diff</c> after a performance change.
/// </summary>
internal static class CoxFingerprint
{
    public static int Run(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
        var cohort = BenchmarkCohort.Create(n);
        var x = cohort.Design();
        Print("efron", CoxRegression.Fit(cohort.Plain(), x));
        Print("breslow", CoxRegression.Fit(cohort.Plain(), x, new CoxOptions { Ties = TieMethod.Breslow }));

        var rng = new Random(7);
        var weights = new double[n];
        var entry = new double[n];
        var cluster = new string[n];
        for (var i = 0; i < n; i++)
        {
            weights[i] = 0.5 + rng.Next(4);
            entry[i] = Math.Floor(cohort.Times[i] * rng.NextDouble());
            cluster[i] = (i / 3).ToString(CultureInfo.InvariantCulture);
        }

        var strata = SurvivalSample.Create(cohort.Times, cohort.Dropout, strata: cohort.Arm, weights: weights);
        Print("efron-strata-weights", CoxRegression.Fit(strata, x));
        var startStop = SurvivalSample.Create(cohort.Times, cohort.Dropout, strata: cohort.Arm, weights: weights, entryTimes: entry);
        Print("efron-startstop", CoxRegression.Fit(startStop, x, new CoxOptions { Cluster = cluster }));
        Print("breslow-startstop", CoxRegression.Fit(startStop, x, new CoxOptions { Ties = TieMethod.Breslow }));

        // Two binary covariates: many rows share a risk score (ties on x in the concordance).
        var coarse = DesignMatrix.FromColumns(["female", "z"], [cohort.Columns[1], [.. cohort.Columns[3].Select(v => v > 0 ? 1.0 : 0.0)]]);
        Print("efron-coarse", CoxRegression.Fit(cohort.Plain(), coarse));
        Print("efron-startstop-coarse", CoxRegression.Fit(SurvivalSample.Create(cohort.Times, cohort.Dropout, entryTimes: entry), coarse));

        // Non-dyadic weights: the O(n log n) start-stop concordance against the pairwise reference
        // (sums in another order, so equal to rounding only).
        var uneven = new double[n];
        for (var i = 0; i < n; i++)
        {
            uneven[i] = 0.1 + rng.NextDouble();
        }

        var fit = CoxRegression.Fit(SurvivalSample.Create(cohort.Times, cohort.Dropout, strata: cohort.Arm, weights: uneven, entryTimes: entry), coarse, new CoxOptions { Cluster = cluster });
        var fast = fit.Concordance;
        var slow = StartStopConcordanceReference.Compute(fit.State.Data, fit.State.Eta, null);
        var fastNoCluster = StartStopConcordance.Compute(fit.State.Data, fit.State.Eta, null);
        Console.WriteLine(FormattableString.Invariant($"uneven-weights reference {slow.Estimate:R} {slow.Se:R} {slow.Concordant:R} {slow.Discordant:R} {slow.TiedX:R} {slow.TiedY:R} {slow.TiedXY:R}"));
        Console.WriteLine(FormattableString.Invariant($"uneven-weights fast      {fastNoCluster.Estimate:R} {fastNoCluster.Se:R} {fastNoCluster.Concordant:R} {fastNoCluster.Discordant:R} {fastNoCluster.TiedX:R} {fastNoCluster.TiedY:R} {fastNoCluster.TiedXY:R}"));
        Console.WriteLine(FormattableString.Invariant($"uneven-weights clustered se {fast.Se:R}"));
        return 0;
    }

    private static void Print(string label, CoxResult r)
    {
        Console.WriteLine(FormattableString.Invariant($"{label} iter {r.Iterations} loglik0 {r.LogLikNull:R} loglik {r.LogLik:R} score {r.Score.ChiSquare:R} wald {r.Wald.ChiSquare:R}"));
        foreach (var c in r.Coefficients)
        {
            Console.WriteLine(FormattableString.Invariant($"{label} {c.Term} {c.Coef:R} {c.Se:R} {c.RobustSe:R} {c.P:R}"));
        }

        var k = r.Concordance;
        Console.WriteLine(FormattableString.Invariant($"{label} concordance {k.Estimate:R} {k.Se:R} {k.Concordant:R} {k.Discordant:R} {k.TiedX:R} {k.TiedY:R} {k.TiedXY:R}"));
    }
}
