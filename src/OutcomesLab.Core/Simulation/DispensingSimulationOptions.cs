namespace OutcomesLab.Simulation;

/// <summary>Size and seed of a simulated dispensing file (see <see cref="DispensingSimulator"/>).</summary>
/// <param name="Patients">Number of patients (ids 1..Patients); ignored when <paramref name="TargetRows"/> is given.</param>
/// <param name="Seed">Random seed; the same seed gives the same records on any machine.</param>
/// <param name="TargetRows">When given, patients are generated until at least this many rows are written (the last patient is completed).</param>
/// <param name="FollowUpDays">Administrative end of the data: no record on or after this study day.</param>
public sealed record DispensingSimulationOptions(long Patients, ulong Seed, long? TargetRows = null, int FollowUpDays = 365);
