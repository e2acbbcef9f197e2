using OutcomesLab.Internal;

namespace OutcomesLab.Simulation;

/// <summary>
/// The claims-style layer over <see cref="DispensingSimulator"/> (<c>simulate dispensing --dates --codes</c>):
/// fictional NDC-like product codes for each medication and dose, each patient's calendar entry date,
/// and fills of another drug that a medication map must leave out. The draws come from a second
/// xoshiro256** stream per patient, so the study-day records are the same with and without this layer.
/// </summary>
/// <remarks>
/// <para>Products: methadone 10 mg tablets (daily dose below 80 mg) or 40 mg dispersible tablets (80 mg
/// and above); buprenorphine-naloxone 2 mg films (daily dose up to 4 mg) or 8 mg films; XR-naltrexone
/// 380 mg injection. Other drug: a naloxone 4 mg nasal rescue kit, filled on the first day of
/// treatment by a quarter of the patients (overdose education and naloxone distribution).</para>
/// <para>Per patient, from the stream (seed, patient id XOR 2^62): the entry offset uniform on 0..364
/// days after the start date, then whether the patient has the naloxone fill (probability 0.25).</para>
/// </remarks>
public static class ClaimsProducts
{
    private const ulong StreamTag = 1UL << 62;

    /// <summary>Methadone 10 mg tablet.</summary>
    public static ClaimsProduct Methadone10 { get; } = new("90001-0110-01", TreatmentArm.Methadone, 10, "methadone hydrochloride 10 mg tablet");

    /// <summary>Methadone 40 mg dispersible tablet.</summary>
    public static ClaimsProduct Methadone40 { get; } = new("90001-0140-01", TreatmentArm.Methadone, 40, "methadone hydrochloride 40 mg dispersible tablet");

    /// <summary>Buprenorphine-naloxone 2 mg film.</summary>
    public static ClaimsProduct Buprenorphine2 { get; } = new("90002-0202-30", TreatmentArm.Buprenorphine, 2, "buprenorphine-naloxone 2 mg/0.5 mg sublingual film");

    /// <summary>Buprenorphine-naloxone 8 mg film.</summary>
    public static ClaimsProduct Buprenorphine8 { get; } = new("90002-0208-30", TreatmentArm.Buprenorphine, 8, "buprenorphine-naloxone 8 mg/2 mg sublingual film");

    /// <summary>Extended-release naltrexone 380 mg injection.</summary>
    public static ClaimsProduct XrNaltrexone { get; } = new("90003-0380-01", TreatmentArm.XrNaltrexone, 380, "naltrexone extended-release 380 mg injectable suspension");

    /// <summary>The other drug: a naloxone nasal rescue kit (not a medication for opioid use disorder).</summary>
    public static ClaimsProduct NaloxoneKit { get; } = new("90004-0004-02", null, 4, "naloxone 4 mg nasal spray (rescue kit; not a treatment medication)");

    /// <summary>The products for opioid use disorder, in map order.</summary>
    public static IReadOnlyList<ClaimsProduct> Treatment { get; } = [Methadone10, Methadone40, Buprenorphine2, Buprenorphine8, XrNaltrexone];

    /// <summary>The product dispensed for a record of <paramref name="medication"/> at daily <paramref name="dose"/> mg.</summary>
    /// <param name="medication">The record's medication.</param>
    /// <param name="dose">The simulated daily dose in mg.</param>
    /// <returns>The product.</returns>
    public static ClaimsProduct For(TreatmentArm medication, int dose) => medication switch
    {
        TreatmentArm.Methadone => dose < 80 ? Methadone10 : Methadone40,
        TreatmentArm.Buprenorphine => dose <= 4 ? Buprenorphine2 : Buprenorphine8,
        _ => XrNaltrexone,
    };

    /// <summary>The patient's calendar layer: entry offset in days after the start date (0..364) and whether a naloxone kit is filled on the first day.</summary>
    /// <param name="seed">The simulation seed.</param>
    /// <param name="patient">The patient id.</param>
    /// <returns>The offset and the flag.</returns>
    public static (int EntryOffsetDays, bool NaloxoneFill) Patient(ulong seed, long patient)
    {
        var rng = new Xoshiro256StarStar(seed, (ulong)patient ^ StreamTag);
        var offset = rng.NextInt(365);
        return (offset, rng.NextOpenUnit() < 0.25);
    }
}
