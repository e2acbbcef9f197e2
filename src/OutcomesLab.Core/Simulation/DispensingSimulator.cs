using OutcomesLab.Internal;

namespace OutcomesLab.Simulation;

/// <summary>
/// Generates synthetic long dispensing records (one row per dose or fill, sorted by patient then day)
/// from a fixed, documented generative model, for examples, tests and registry-scale benchmarks of
/// episode building. Each patient draws from its own xoshiro256** stream (seed, patient id), so a
/// patient's records depend only on the seed and the id, on any machine.
/// </summary>
/// <remarks>
/// <para>Per patient, in this order of draws:</para>
/// <list type="number">
/// <item>medication: methadone with probability 0.45, buprenorphine 0.40, XR-naltrexone 0.15.</item>
/// <item>first day uniform on 0..29; time to dropout Exp(mean 270 / 180 / 120 days) for methadone /
/// buprenorphine / XR-naltrexone (methadone retains best: Hser et al., Addiction 2014).</item>
/// <item>dose: methadone round(80 + 25 z) clipped to 20..200 mg; buprenorphine round(16 + 6 z) clipped to 2..32 mg; XR-naltrexone 380 mg.</item>
/// <item>then records from the first day while the day is before first day + time to dropout and before
/// FollowUpDays (at least one record): methadone 1 day supplied (observed daily dosing); buprenorphine
/// 1 day during the first 14 days, then take-homes uniform on 1..28 days; XR-naltrexone 28 days (monthly injection).</item>
/// <item>the next record is due when the supply runs out; with probability 0.02 / 0.10 / 0.15 (by medication)
/// it comes late by 1 + Geometric days with mean 3 / 5 / 7 extra days (missed doses, late refills, late injections).</item>
/// </list>
/// </remarks>
public static class DispensingSimulator
{
    private static readonly double[] MeanDaysToDropout = [270, 180, 120];
    private static readonly double[] LateProbability = [0.02, 0.10, 0.15];
    private static readonly double[] MeanDaysLate = [3, 5, 7];

    /// <summary>Calls <paramref name="onRecord"/> for every record in patient-then-day order, without per-record allocation.</summary>
    /// <param name="options">Size and seed.</param>
    /// <param name="onRecord">Receives each record.</param>
    /// <returns>The number of records generated.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Patients (or TargetRows) below 1, or FollowUpDays below 30.</exception>
    public static long Generate(DispensingSimulationOptions options, Action<SimulatedDispensing> onRecord)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(onRecord);
        if (options.TargetRows is { } t)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(t, 1, nameof(options));
        }
        else
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(options.Patients, 1, nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(options.FollowUpDays, 30, nameof(options));
        long rows = 0;
        for (long id = 1; options.TargetRows is { } target ? rows < target : id <= options.Patients; id++)
        {
            rows += Patient(id, options, onRecord);
        }

        return rows;
    }

    private static long Patient(long id, DispensingSimulationOptions options, Action<SimulatedDispensing> onRecord)
    {
        var rng = new Xoshiro256StarStar(options.Seed, (ulong)id);
        var u = rng.NextOpenUnit();
        var arm = u < 0.45 ? TreatmentArm.Methadone : u < 0.85 ? TreatmentArm.Buprenorphine : TreatmentArm.XrNaltrexone;
        var a = (int)arm;
        var first = rng.NextInt(30);
        var dropout = first + (-MeanDaysToDropout[a] * Math.Log(rng.NextOpenUnit()));
        var z = rng.NextStandardNormal();
        var dose = arm switch
        {
            TreatmentArm.Methadone => Math.Clamp((int)Math.Round(80 + (25 * z), MidpointRounding.AwayFromZero), 20, 200),
            TreatmentArm.Buprenorphine => Math.Clamp((int)Math.Round(16 + (6 * z), MidpointRounding.AwayFromZero), 2, 32),
            _ => 380,
        };
        var lateStop = 1.0 / MeanDaysLate[a];
        long rows = 0;
        var day = first;
        do
        {
            var supply = arm switch
            {
                TreatmentArm.Methadone => 1,
                TreatmentArm.Buprenorphine => day - first < 14 ? 1 : 1 + rng.NextInt(28),
                _ => 28,
            };
            onRecord(new SimulatedDispensing(id, day, arm, supply, dose));
            rows++;
            day += supply;
            if (rng.NextOpenUnit() < LateProbability[a])
            {
                // 1 + Geometric(p) extra days with p = 1 / mean, by inversion.
                day += 1 + (int)Math.Floor(Math.Log(rng.NextOpenUnit()) / Math.Log(1 - lateStop));
            }
        }
        while (day < dropout && day < options.FollowUpDays);

        return rows;
    }
}
