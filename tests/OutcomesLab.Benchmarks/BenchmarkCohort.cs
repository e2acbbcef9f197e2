using OutcomesLab.Design;
using OutcomesLab.Simulation;
using OutcomesLab.Survival;

namespace OutcomesLab.Benchmarks;

/// <summary>
/// A simulated cohort held in memory as the survival kernels receive it after loading: integer
/// days (heavy ties), retention event, sex, arm, competing causes and a 10-column design matrix
/// (age, female, dose and seven seeded standard-normal covariates).
/// </summary>
internal sealed class BenchmarkCohort
{
    private BenchmarkCohort(int n)
    {
        Times = new double[n];
        Dropout = new bool[n];
        Causes = new int[n];
        Sex = new string[n];
        Arm = new string[n];
        Columns = new double[10][];
        for (var j = 0; j < Columns.Length; j++)
        {
            Columns[j] = new double[n];
        }
    }

    /// <summary>Names of the ten Cox covariates.</summary>
    public static readonly string[] CovariateNames = ["age", "female", "dose", "z1", "z2", "z3", "z4", "z5", "z6", "z7"];

    public double[] Times { get; }

    public bool[] Dropout { get; }

    public int[] Causes { get; }

    public string[] Sex { get; }

    public string[] Arm { get; }

    public double[][] Columns { get; }

    /// <summary>Simulates <paramref name="n"/> patients with <paramref name="seed"/>; the extra covariates use seed + 1.</summary>
    public static BenchmarkCohort Create(int n, ulong seed = 42)
    {
        var c = new BenchmarkCohort(n);
        var i = 0;
        foreach (var p in CohortSimulator.Generate(new CohortSimulationOptions(n, seed)))
        {
            c.Times[i] = p.TimeDays;
            c.Dropout[i] = p.Dropout;
            c.Causes[i] = p.EventType;
            c.Sex[i] = p.Female ? "female" : "male";
            c.Arm[i] = p.Arm.ToString();
            c.Columns[0][i] = p.Age;
            c.Columns[1][i] = p.Female ? 1 : 0;
            c.Columns[2][i] = p.DoseMg;
            i++;
        }

        // Extra covariates: standard normals (Box–Muller) from a seeded generator, with a small
        // effect on nothing; they only make the design 10 columns wide as in the performance target.
        var rng = new Random(unchecked((int)seed) + 1);
        for (var j = 3; j < c.Columns.Length; j++)
        {
            var col = c.Columns[j];
            for (var k = 0; k < n; k++)
            {
                var u1 = 1.0 - rng.NextDouble();
                var u2 = rng.NextDouble();
                col[k] = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            }
        }

        return c;
    }

    /// <summary>Retention sample grouped by sex (2 groups).</summary>
    public SurvivalSample BySex() => SurvivalSample.Create(Times, Dropout, groups: Sex);

    /// <summary>Retention sample grouped by arm (3 groups).</summary>
    public SurvivalSample ByArm() => SurvivalSample.Create(Times, Dropout, groups: Arm);

    /// <summary>Competing-risks sample (dropout, transfer, death) grouped by arm.</summary>
    public SurvivalSample Competing() => SurvivalSample.CreateCompeting(Times, Causes, groups: Arm);

    /// <summary>Ungrouped retention sample for Cox.</summary>
    public SurvivalSample Plain() => SurvivalSample.Create(Times, Dropout);

    /// <summary>The 10-column design matrix.</summary>
    public DesignMatrix Design() => DesignMatrix.FromColumns(CovariateNames, Columns);
}
