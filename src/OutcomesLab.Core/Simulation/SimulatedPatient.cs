using OutcomesLab.Outcomes;

namespace OutcomesLab.Simulation;

/// <summary>One row of a simulated MOUD cohort (see <see cref="CohortSimulator"/> for the generative model).</summary>
/// <param name="Id">1-based patient number.</param>
/// <param name="Site">1-based site number.</param>
/// <param name="Arm">Randomised medication.</param>
/// <param name="Age">Age in years at entry (18-70).</param>
/// <param name="Female">True for female sex.</param>
/// <param name="DoseMg">Stabilised daily dose in mg (380 = the monthly XR-naltrexone injection).</param>
/// <param name="TimeDays">Days from entry to leaving treatment or censoring (at least 1).</param>
/// <param name="EventType">0 = censored (in treatment at end of follow-up), 1 = dropout, 2 = transfer, 3 = death.</param>
/// <param name="Baseline">EQ-5D-5L state at entry.</param>
/// <param name="BaselineVas">EQ VAS (0-100) at entry.</param>
/// <param name="Week24">EQ-5D-5L state at week 24, or null when not assessed.</param>
/// <param name="Week24Vas">EQ VAS at week 24, or null when not assessed.</param>
public readonly record struct SimulatedPatient(
    int Id,
    int Site,
    TreatmentArm Arm,
    int Age,
    bool Female,
    double DoseMg,
    int TimeDays,
    int EventType,
    Eq5dState Baseline,
    int BaselineVas,
    Eq5dState? Week24,
    int? Week24Vas)
{
    /// <summary>True when the patient left treatment (event type 1): the retention event.</summary>
    public bool Dropout => EventType == 1;
}
