using System.Collections.Immutable;

namespace OutcomesLab.Outcomes;

/// <summary>
/// Treatment episodes built by <see cref="EpisodeBuilder.Build"/>, one entry per episode in
/// patient-then-time order, as parallel arrays.
/// </summary>
/// <param name="Patients">The distinct patients (as <see cref="DispensingRecords.Patients"/>).</param>
/// <param name="Patient">Index into <paramref name="Patients"/> of each episode.</param>
/// <param name="Start">Study day of the episode's first record.</param>
/// <param name="End">Last study day covered by the episode (last record day + days supplied − 1).</param>
/// <param name="Records">Number of records in the episode.</param>
/// <param name="CoveredDays">Distinct days covered by medication within the episode.</param>
/// <param name="Medication">Medication of the episode's first record (null when unknown or not given).</param>
/// <param name="MaxDose">Largest dose within the episode (NaN when no dose was given).</param>
/// <param name="Options">The options used.</param>
public sealed record EpisodeTable(
    ImmutableArray<string> Patients,
    ImmutableArray<int> Patient,
    ImmutableArray<int> Start,
    ImmutableArray<int> End,
    ImmutableArray<int> Records,
    ImmutableArray<int> CoveredDays,
    ImmutableArray<string?> Medication,
    ImmutableArray<double> MaxDose,
    EpisodeOptions Options)
{
    /// <summary>Number of episodes.</summary>
    public int Count => Start.Length;
}
