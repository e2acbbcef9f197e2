namespace OutcomesLab.Outcomes;

/// <summary>One treatment episode produced by <see cref="StreamingEpisodeBuilder"/>; the fields mean what the columns of <see cref="EpisodeTable"/> mean.</summary>
/// <param name="Patient">Zero-based ordinal of the patient in the order the patients were streamed (as <see cref="EpisodeTable.Patient"/>).</param>
/// <param name="Start">Study day of the episode's first record.</param>
/// <param name="End">Last study day covered by the episode (last record day + days supplied − 1).</param>
/// <param name="Records">Number of records in the episode.</param>
/// <param name="CoveredDays">Distinct days covered by medication within the episode.</param>
/// <param name="Medication">Medication of the episode's first record (null when unknown or not given).</param>
/// <param name="MaxDose">Largest dose within the episode (NaN when no dose was given).</param>
/// <param name="EndedBy">Why the episode ended.</param>
public readonly record struct StreamedEpisode(long Patient, int Start, int End, int Records, int CoveredDays, string? Medication, double MaxDose, EpisodeEnding EndedBy)
{
    /// <summary>Length of the episode in days, <c>End − Start + 1</c>.</summary>
    public int Days => End - Start + 1;
}
