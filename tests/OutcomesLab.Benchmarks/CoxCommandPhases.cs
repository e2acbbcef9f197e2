using System.Diagnostics;
using System.Globalization;
using OutcomesLab.Cli.Commands;
using OutcomesLab.IO;
using OutcomesLab.Survival.Cox;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// The phases of one <c>outcomeslab cox</c> run, timed in a fresh process as the CLI runs them (cold:
/// first call, JIT and first-touch page faults included): <c>coxphases FILE TIME EVENT COVARIATES</c>.
/// Prints wall and process CPU per phase and the peak working set, to show where a whole-process
/// time goes.
/// </summary>
internal static class CoxCommandPhases
{
    public static int Run(string[] args)
    {
        var process = Process.GetCurrentProcess();
        var total = Stopwatch.StartNew();
        var sw = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        void Phase(string name)
        {
            process.Refresh();
            var now = process.TotalProcessorTime;
            Console.WriteLine(FormattableString.Invariant($"{name,-28} {sw.Elapsed.TotalSeconds,7:F3} s wall {(now - cpu).TotalSeconds,7:F3} s CPU"));
            cpu = now;
            sw.Restart();
        }

        var terms = CoxCommand.ParseTerms(args[4]);
        var table = CohortCsvReader.ReadTable(args[1]);
        Phase("read CSV");
        var cohort = CohortData.FromTable(table, new ColumnRoles
        {
            Time = args[2],
            Event = args[3],
            Covariates = [.. terms.Where(t => !t.Contains(':', StringComparison.Ordinal))],
        });
        Phase("roles (CohortData)");
        var design = CoxDesign.Build(terms, cohort, new Dictionary<string, string>(StringComparer.Ordinal));
        Phase("design matrix");
        var sample = cohort.ToSurvivalSample();
        Phase("survival sample");
        var fit = CoxRegression.Fit(sample, design, new CoxOptions());
        Phase("fit (incl. concordance)");
        if (Environment.GetEnvironmentVariable("COXPHASES_SECOND_FIT") == "1")
        {
            _ = CoxRegression.Fit(sample, design, new CoxOptions());
            Phase("second fit (warm)");
        }
        _ = fit.Coefficients[0].Coef.ToString("R", CultureInfo.InvariantCulture);
        process.Refresh();
        Console.WriteLine(FormattableString.Invariant($"{"total",-28} {total.Elapsed.TotalSeconds,7:F3} s wall {process.TotalProcessorTime.TotalSeconds,7:F3} s CPU (process); peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB; {fit.Iterations} iterations"));
        return 0;
    }
}
