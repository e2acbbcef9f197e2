using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Analysis;
using OutcomesLab.Design;
using OutcomesLab.IO;
using OutcomesLab.Survival;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// Stand-in for a CLI <c>cox</c> command in compare-with-r.sh: <c>coxcsv FILE [efron|breslow]</c> reads a
/// simulated cohort CSV, fits time_days/event on ten numeric covariates (age, dose_mg, mo, sc, ua,
/// pd, ad, eq_vas, female = sex == "F", site number) and prints the load and fit times and the
/// coefficients, one "name value" per line.
/// </summary>
internal static class CoxCsvProbe
{
    public static readonly string[] Names = ["age", "dose_mg", "mo", "sc", "ua", "pd", "ad", "eq_vas", "female", "site_no"];

    public static int Run(string[] args)
    {
        var ties = args.Length > 2 && args[2] == "breslow" ? TieMethod.Breslow : TieMethod.Efron;
        var sw = Stopwatch.StartNew();
        var table = CohortCsvReader.ReadTable(args[1]);
        var frame = table.Frame;
        var n = table.RowCount;
        var time = Numbers(frame, "time_days", n);
        var status = Numbers(frame, "event", n);
        var columns = new double[Names.Length][];
        for (var j = 0; j < 8; j++)
        {
            columns[j] = Numbers(frame, Names[j], n);
        }

        var sex = (StringDataFrameColumn)frame["sex"];
        var site = (StringDataFrameColumn)frame["site"];
        columns[8] = new double[n];
        columns[9] = new double[n];
        var events = new bool[n];
        for (var i = 0; i < n; i++)
        {
            columns[8][i] = sex[i] == "F" ? 1 : 0;
            columns[9][i] = double.Parse(site[i].AsSpan(site[i].IndexOf('_', StringComparison.Ordinal) + 1), CultureInfo.InvariantCulture);
            events[i] = status[i] != 0;
        }

        var sample = SurvivalSample.Create(time, events);
        var design = DesignMatrix.FromColumns(Names, columns);
        var load = sw.Elapsed.TotalSeconds;
        sw.Restart();
        var fit = CoxRegression.Fit(sample, design, new CoxOptions { Ties = ties });
        var fitTime = sw.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant($"load_seconds {load:F3}"));
        Console.WriteLine(FormattableString.Invariant($"fit_seconds {fitTime:F3}"));
        Console.WriteLine(FormattableString.Invariant($"loglik {fit.LogLik:R}"));
        foreach (var c in fit.Coefficients)
        {
            Console.WriteLine(FormattableString.Invariant($"coef {c.Term} {c.Coef:R}"));
        }

        return 0;
    }

    private static double[] Numbers(DataFrame frame, string name, int n)
    {
        var col = (DoubleDataFrameColumn)frame[name];
        var v = new double[n];
        for (var i = 0; i < n; i++)
        {
            v[i] = col[i] ?? double.NaN;
        }

        return v;
    }
}
