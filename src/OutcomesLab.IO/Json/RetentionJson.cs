using System.Text.Json;
using OutcomesLab.Outcomes;

namespace OutcomesLab.IO.Json;

/// <summary>
/// The JSON shape of a <see cref="RetentionResult"/> and of a <see cref="RetentionGapSweepResult"/>
/// (<c>outcomeslab retention --format json</c>, with and without a gap sweep): the gap, horizon and
/// completion day, and per group the numbers retained at each day, the median days retained, the
/// number never started and the dropouts.
/// </summary>
internal static class RetentionJson
{
    /// <summary>Writes one retention result.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The indented JSON text with a final newline.</returns>
    public static string Write(RetentionResult result) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        EpisodeJson.Gap(w, result.Options.Episodes.Gap);
        WriteHorizon(w, result.Options);
        WriteGroups(w, result);
        w.WriteEndObject();
    });

    /// <summary>Writes a sweep over gaps: the horizon once, then one object per gap.</summary>
    /// <param name="sweep">The sweep.</param>
    /// <param name="options">The options shared by the sweep (horizon, completion day).</param>
    /// <returns>The indented JSON text with a final newline.</returns>
    public static string Write(RetentionGapSweepResult sweep, RetentionOptions options) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        WriteHorizon(w, options);
        w.WriteStartArray("sweep");
        foreach (var r in sweep.Results)
        {
            w.WriteStartObject();
            EpisodeJson.Gap(w, r.Options.Episodes.Gap);
            WriteGroups(w, r);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteHorizon(Utf8JsonWriter w, RetentionOptions options)
    {
        w.Number("horizon", options.Horizon);
        w.Number("completion_day", options.CompletionDay);
    }

    private static void WriteGroups(Utf8JsonWriter w, RetentionResult result)
    {
        w.WriteStartArray("groups");
        foreach (var s in result.Summaries)
        {
            w.WriteStartObject();
            w.WriteString("group", s.Group);
            w.WriteNumber("n", s.N);
            w.WriteStartArray("retained_at");
            foreach (var r in s.RetainedAt)
            {
                w.WriteStartObject();
                w.WriteNumber("day", r.Day);
                w.WriteNumber("n_retained", r.NRetained);
                w.Number("proportion", r.Proportion);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.Number("median_days", s.MedianDays);
            w.WriteNumber("n_not_started", s.NNotStarted);
            w.WriteNumber("n_dropouts", s.NDropout);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
