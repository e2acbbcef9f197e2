namespace OutcomesLab.Simulation;

/// <summary>Size, seed and design of a simulated cohort (see <see cref="CohortSimulator"/>).</summary>
/// <param name="Count">Number of patients (at least 1).</param>
/// <param name="Seed">Seed of the xoshiro256** generator; the same seed always gives the same cohort.</param>
/// <param name="Sites">Number of treatment sites (1-99).</param>
/// <param name="FollowUpDays">Administrative end of follow-up in days (the planned treatment period).</param>
public sealed record CohortSimulationOptions(long Count, ulong Seed, int Sites = 8, int FollowUpDays = 365);
