using System.Globalization;
using OutcomesLab.Internal;
using OutcomesLab.Outcomes;

namespace OutcomesLab.Simulation;

/// <summary>
/// Generates a realistic synthetic MOUD cohort from a fixed, documented generative model, for
/// examples, tests and benchmarks. Randomness comes from one seeded xoshiro256** stream read in a
/// fixed order, so a seed determines the cohort on any machine.
/// </summary>
/// <remarks>
/// <para>Per patient, in this order of draws:</para>
/// <list type="number">
/// <item>site uniform on 1..Sites; arm uniform on methadone / buprenorphine / XR-naltrexone.</item>
/// <item>age = round(38 + 10 z) clipped to 18..70; female with probability 0.35.</item>
/// <item>dose: methadone round(80 + 25 z, 1) clipped to 20..200 mg; buprenorphine round(16 + 6 z, 1)
/// clipped to 2..32 mg; XR-naltrexone 380 mg (monthly injection).</item>
/// <item>latent baseline health h ~ N(0, 1).</item>
/// <item>competing latent times (days): dropout Weibull(shape 0.8, scale 420) with proportional
/// hazards log HR = {0, log 1.5, log 1.9}[arm] - 0.02 (age - 38) - 0.3 h + site effect (linearly
/// spaced from -0.2 to 0.2 across sites) - 0.01 (dose - 80) for methadone only (higher methadone
/// doses retain patients: Caplehorn &amp; Bell 1991); transfer Exp(0.10 per year); death
/// Exp(0.02 per year x exp(0.05 (age - 38))); loss to follow-up U(30, 1500).</item>
/// <item>The first latent time wins, administratively censored at FollowUpDays; time_days =
/// max(1, ceiling(time)); event type 1 dropout, 2 transfer, 3 death, 0 censored (loss to follow-up
/// or end of follow-up).</item>
/// <item>EQ-5D-5L at entry: for dimension d with offset c = {0.3, -0.4, 0.4, 0.8, 1.0} (MO, SC, UA, PD,
/// AD), y = c - h + 0.6 z, level = 1 + number of cut points {0, 0.8, 1.6, 2.4} below y.
/// EQ VAS = round(65 + 15 h + 8 z) clipped to 0..100.</item>
/// <item>Week 24 (day 168): h24 = h + {0.35, 0.30, 0.25}[arm] + 0.5 z; items and VAS as at entry from
/// h24; assessed only for patients still in treatment on day 168 (time_days &gt;= 168), and then
/// missing at random with probability 0.08.</item>
/// </list>
/// <para>All draws happen for every patient whether used or not, so each patient consumes the same
/// number of random numbers and changing one distribution leaves the others' streams aligned.</para>
/// </remarks>
public static class CohortSimulator
{
    private const int Week24Day = 168;
    private static readonly double[] ArmLogHazardRatio = [0.0, Math.Log(1.5), Math.Log(1.9)];
    private static readonly double[] ArmWeek24Gain = [0.35, 0.30, 0.25];
    private static readonly double[] DimensionOffset = [0.3, -0.4, 0.4, 0.8, 1.0];
    private static readonly double[] LevelCutPoints = [0.0, 0.8, 1.6, 2.4];

    /// <summary>Generates the cohort lazily, one patient at a time, without per-row heap allocation.</summary>
    /// <param name="options">Size, seed and design.</param>
    /// <returns>The patients in id order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Count below 1, Sites outside 1..99 or FollowUpDays below 1.</exception>
    public static IEnumerable<SimulatedPatient> Generate(CohortSimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count < 1 || options.Count > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Count, string.Create(CultureInfo.InvariantCulture, $"Count must be between 1 and {int.MaxValue}."));
        }

        if (options.Sites is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Sites, "Sites must be between 1 and 99.");
        }

        if (options.FollowUpDays < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.FollowUpDays, "FollowUpDays must be at least 1.");
        }

        return GenerateIterator(options);
    }

    private static IEnumerable<SimulatedPatient> GenerateIterator(CohortSimulationOptions options)
    {
        var rng = new Xoshiro256StarStar(options.Seed);
        for (var id = 1; id <= options.Count; id++)
        {
            yield return Next(rng, id, options);
        }
    }

    private static SimulatedPatient Next(Xoshiro256StarStar rng, int id, CohortSimulationOptions options)
    {
        var site = rng.NextInt(options.Sites) + 1;
        var arm = (TreatmentArm)rng.NextInt(3);
        var age = (int)Math.Clamp(Math.Round(38 + (10 * rng.NextStandardNormal())), 18, 70);
        var female = rng.NextOpenUnit() < 0.35;
        var doseNoise = rng.NextStandardNormal();
        var dose = arm switch
        {
            TreatmentArm.Methadone => Math.Clamp(Math.Round(80 + (25 * doseNoise), 1), 20, 200),
            TreatmentArm.Buprenorphine => Math.Clamp(Math.Round(16 + (6 * doseNoise), 1), 2, 32),
            _ => 380.0,
        };
        var health = rng.NextStandardNormal();

        var siteEffect = options.Sites == 1 ? 0.0 : -0.2 + (0.4 * (site - 1) / (options.Sites - 1));
        var linearPredictor = ArmLogHazardRatio[(int)arm] - (0.02 * (age - 38)) - (0.3 * health) + siteEffect
            - (arm == TreatmentArm.Methadone ? 0.01 * (dose - 80) : 0.0);
        var dropout = 420.0 * Math.Pow(-Math.Log(rng.NextOpenUnit()) / Math.Exp(linearPredictor), 1.0 / 0.8);
        var transfer = -Math.Log(rng.NextOpenUnit()) / (0.10 / 365.0);
        var death = -Math.Log(rng.NextOpenUnit()) / (0.02 / 365.0 * Math.Exp(0.05 * (age - 38)));
        var lost = 30.0 + (1470.0 * rng.NextOpenUnit());

        var time = (double)options.FollowUpDays;
        var eventType = 0;
        if (dropout < time) { time = dropout; eventType = 1; }
        if (transfer < time) { time = transfer; eventType = 2; }
        if (death < time) { time = death; eventType = 3; }
        if (lost < time) { time = lost; eventType = 0; }
        var timeDays = Math.Max(1, (int)Math.Ceiling(time));

        var baseline = DrawState(rng, health);
        var baselineVas = DrawVas(rng, health);
        var health24 = health + ArmWeek24Gain[(int)arm] + (0.5 * rng.NextStandardNormal());
        var week24State = DrawState(rng, health24);
        var week24Vas = DrawVas(rng, health24);
        var missingAtRandom = rng.NextOpenUnit() < 0.08;
        var assessed = timeDays >= Week24Day && !missingAtRandom;

        return new SimulatedPatient(
            id, site, arm, age, female, dose, timeDays, eventType, baseline, baselineVas,
            assessed ? week24State : null, assessed ? week24Vas : null);
    }

    private static Eq5dState DrawState(Xoshiro256StarStar rng, double health)
    {
        Span<byte> levels = stackalloc byte[5];
        for (var d = 0; d < 5; d++)
        {
            var y = DimensionOffset[d] - health + (0.6 * rng.NextStandardNormal());
            byte level = 1;
            foreach (var cut in LevelCutPoints)
            {
                if (y > cut)
                {
                    level++;
                }
            }

            levels[d] = level;
        }

        return new Eq5dState(levels[0], levels[1], levels[2], levels[3], levels[4]);
    }

    private static int DrawVas(Xoshiro256StarStar rng, double health) =>
        (int)Math.Clamp(Math.Round(65 + (15 * health) + (8 * rng.NextStandardNormal())), 0, 100);
}
