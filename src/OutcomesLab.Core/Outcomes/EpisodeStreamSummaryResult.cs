namespace OutcomesLab.Outcomes;

/// <summary>Counts from <see cref="EpisodeStreamSummary"/>.</summary>
/// <param name="Patients">Patients with at least one record.</param>
/// <param name="Records">Records read.</param>
/// <param name="Episodes">Treatment episodes.</param>
/// <param name="EndedByGap">Episodes ended by the permissible gap (the rest ended by a switch or at the patient's last record).</param>
/// <param name="EndedBySwitch">Episodes ended by a change of medication (<see cref="EpisodeSwitchRule.NewEpisode"/>).</param>
/// <param name="PatientsWithOneEpisode">Patients whose records form a single episode.</param>
/// <param name="MedianEpisodeDays">Median episode length in days (End − Start + 1) over all episodes, as R <c>median</c>; NaN when there are none.</param>
/// <param name="MedianFirstEpisodeDays">Median length of each patient's first episode, as R <c>median</c>.</param>
public sealed record EpisodeStreamSummaryResult(
    long Patients,
    long Records,
    long Episodes,
    long EndedByGap,
    long EndedBySwitch,
    long PatientsWithOneEpisode,
    double MedianEpisodeDays,
    double MedianFirstEpisodeDays);
