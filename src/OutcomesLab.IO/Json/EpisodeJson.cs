using System.Text.Json;
using OutcomesLab.Outcomes;

namespace OutcomesLab.IO.Json;

/// <summary>
/// The JSON shape of an <see cref="EpisodeStreamSummaryResult"/> (<c>outcomeslab episodes --format
/// json</c>): the gap and switch rules, counts of patients, records and episodes and how they ended,
/// and the median episode lengths; and the <c>gap</c> key shared with the retention output.
/// </summary>
internal static class EpisodeJson
{
    /// <summary>Writes the summary.</summary>
    /// <param name="r">The summary.</param>
    /// <param name="options">The episode rules it was built with.</param>
    /// <returns>The indented JSON text with a final newline.</returns>
    public static string Write(EpisodeStreamSummaryResult r, EpisodeOptions options) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        Gap(w, options.Gap);
        w.WriteString("switch", options.Switch == EpisodeSwitchRule.NewEpisode ? "new-episode" : "continuous");
        w.WriteNumber("patients", r.Patients);
        w.WriteNumber("records", r.Records);
        w.WriteNumber("episodes", r.Episodes);
        w.WriteNumber("ended_by_gap", r.EndedByGap);
        w.WriteNumber("ended_by_switch", r.EndedBySwitch);
        w.WriteNumber("patients_with_one_episode", r.PatientsWithOneEpisode);
        w.Number("median_episode_days", r.MedianEpisodeDays);
        w.Number("median_first_episode_days", r.MedianFirstEpisodeDays);
        w.WriteEndObject();
    });

    /// <summary>Writes the key <c>gap</c>: the number of days of a single gap, else the rule's text (per medication).</summary>
    /// <param name="w">The writer.</param>
    /// <param name="gap">The gap rule.</param>
    public static void Gap(Utf8JsonWriter w, EpisodeGap gap)
    {
        if (gap.ByMedication.IsEmpty && gap.Days is { } d)
        {
            w.WriteNumber("gap", d);
        }
        else
        {
            w.WriteString("gap", gap.ToString());
        }
    }
}
