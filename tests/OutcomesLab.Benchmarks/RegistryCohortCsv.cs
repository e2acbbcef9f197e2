using OutcomesLab.IO;
using OutcomesLab.Simulation;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// The registry-like 14-column cohort of issue #9 and compare-with-r.sh (id, arm, age, sex, dose_mg,
/// time_days, event and seven full-precision N(0,1) covariates z1..z7: 173 MB at 1M rows), written as
/// CSV from <see cref="CohortSimulator"/> (seed 42).
/// </summary>
internal static class RegistryCohortCsv
{
    private static readonly int[] Registry14 = [0, 2, 3, 4, 5, 6, 7, 21, 22, 23, 24, 25, 26, 27];

    /// <summary>Writes <paramref name="patients"/> rows to <paramref name="path"/>.</summary>
    public static void Write(string path, int patients)
    {
        var cohort = CohortSimulator.Generate(new CohortSimulationOptions(patients, 42));
        var wide = new StringWriter();
        SimulatedCohortCsvWriter.Write(wide, cohort, noise: new NoiseCovariates(7, 42));
        using var output = new StreamWriter(path);
        foreach (var line in wide.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(',');
            output.Write(string.Join(',', Registry14.Select(j => fields[j])));
            output.Write('\n');
        }
    }
}
